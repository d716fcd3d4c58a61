import { z } from "zod";

export const REGIONS = ["neck", "upper_back", "mid_back", "lower_back"] as const;
export const RADIATION = ["none", "buttock_or_thigh", "below_knee", "arm"] as const;
export const TRENDS = ["better", "same", "worse"] as const;

/** The red-flag questions of care-rules §1, in the order the app asks them. */
export const FLAG_KEYS = [
  "saddleNumbness",
  "bladderOrBowelChange",
  "newSexualDysfunction",
  "bothLegsSymptoms",
  "progressiveWeakness",
  "unsteadyWalking",
  "numbnessOrTingling",
  "handClumsiness",
  "fever",
  "cancerHistory",
  "unexplainedWeightLoss",
  "majorTrauma",
  "osteoporosisOrSteroids",
  "immunosuppressedOrIvDrugs",
  "constantNightPain",
  "chestPainOrBreathless",
  "dizzinessVisionSpeechSwallow",
  "suddenSevereHeadache",
  "suddenTearingPainOrFainting",
  "lumpOrShapeChange",
] as const;

export const RegionSchema = z.enum(REGIONS);
export const RadiationSchema = z.enum(RADIATION);
export const TrendSchema = z.enum(TRENDS);
export const FlagKeySchema = z.enum(FLAG_KEYS);

/** An NRS pain rating: a whole number from 0 (none) to 10 (worst imaginable). */
export const PainSchema = z.number().int("must be a whole number").min(0).max(10);

/** An instant written with its offset, e.g. 2026-11-24T08:00:00+01:00 or ...Z. */
/** Instants outside these years are typing mistakes, and would make day-by-day work walk for ever. */
const EARLIEST = Date.parse("1900-01-01T00:00:00Z");
const LATEST = Date.parse("2200-01-01T00:00:00Z");
export const InstantSchema = z.iso
  .datetime({ offset: true, message: "must be an ISO 8601 date-time with offset" })
  .refine((s) => {
    const t = Date.parse(s);
    return t >= EARLIEST && t < LATEST;
  }, "must lie between the years 1900 and 2199");

export const FlagsSchema = z.strictObject(
  Object.fromEntries(FLAG_KEYS.map((k) => [k, z.boolean().optional()])) as {
    [K in (typeof FLAG_KEYS)[number]]: z.ZodOptional<z.ZodBoolean>;
  },
);

/** The fields every check-in has; the onset comes with the first one of an episode. */
const checkInFields = {
  now: InstantSchema.optional(),
  regions: z
    .array(RegionSchema)
    .min(1, "choose at least one region")
    .transform((rs) => [...new Set(rs)]),
  painNow: PainSchema,
  painWorst24h: PainSchema.optional(),
  sharp: z.boolean().optional(),
  radiation: RadiationSchema.optional(),
  trend: TrendSchema.optional(),
  age: z.number().int("must be a whole number").min(12).max(120).optional(),
  flags: FlagsSchema.optional(),
};

/** Check-in as sent by a client (care-rules §1); `now` may be left to the clock. */
export const CheckInInputSchema = z.strictObject({ onsetAt: InstantSchema, ...checkInFields });

/** A later check-in within an episode: the episode already knows its onset. */
export const FollowUpInputSchema = z.strictObject(checkInFields);

export type Region = z.infer<typeof RegionSchema>;
export type Radiation = z.infer<typeof RadiationSchema>;
export type Trend = z.infer<typeof TrendSchema>;
export type FlagKey = z.infer<typeof FlagKeySchema>;
export type Flags = z.infer<typeof FlagsSchema>;
export type CheckInInput = z.output<typeof CheckInInputSchema>;
export type FollowUpInput = z.output<typeof FollowUpInputSchema>;
/** A validated check-in: `now` is always set, so the core never reads a clock. */
export type CheckIn = CheckInInput & { now: string };
