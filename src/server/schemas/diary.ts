import { z } from "zod";
import { InstantSchema, PainSchema, RegionSchema } from "../../core/checkin/schema";

export const MedicationSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  takenAt: InstantSchema,
});

/** What the app sends for one diary entry; `clientId` makes an offline re-send harmless. */
export const DiaryEntryInputSchema = z.strictObject({
  at: InstantSchema,
  painNow: PainSchema,
  regions: z
    .array(RegionSchema)
    .transform((rs) => [...new Set(rs)])
    .optional(),
  note: z.string().max(2000).optional(),
  episodeId: z.string().max(100).optional(),
  medication: MedicationSchema.optional(),
  clientId: z.uuid("must be a UUID").optional(),
});

export const DiaryEntrySchema = z.object({
  id: z.string(),
  at: InstantSchema,
  painNow: PainSchema,
  regions: z.array(RegionSchema),
  note: z.string().nullable(),
  episodeId: z.string().nullable(),
  medication: z.object({ name: z.string(), takenAt: InstantSchema }).nullable(),
  clientId: z.string().nullable(),
});

/** A bound of the diary list: an instant, or a local date in the user's time zone (whole day). */
const BoundSchema = z.union([InstantSchema, z.iso.date()], "must be an ISO 8601 date-time with offset or a date");

export const DiaryQuerySchema = z.strictObject({
  from: BoundSchema.optional(),
  to: BoundSchema.optional(),
  episodeId: z.string().max(100).optional(),
});

export type DiaryEntryInput = z.infer<typeof DiaryEntryInputSchema>;
export type DiaryEntry = z.infer<typeof DiaryEntrySchema>;
export type DiaryQuery = z.infer<typeof DiaryQuerySchema>;
