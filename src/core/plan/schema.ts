import { z } from "zod";
import { InstantSchema } from "../checkin/schema";
import { LevelSchema } from "../triage/schema";

export const ITEM_KINDS = [
  "cold",
  "heat_or_cold",
  "stretch",
  "strengthen",
  "walk",
  "rest_from_training",
  "training",
  "posture",
  "sleep",
  "pain_relief",
  "action",
] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);

/** One thing to do on one local day; `ruleIds` say why (care-rules §3). */
export const PlanItemSchema = z.object({
  kind: ItemKindSchema,
  ruleIds: z.array(z.string()).min(1),
  text: z.string(),
  exerciseId: z.string().optional(),
  /** Thermal items: the earliest instant (ISO 8601, UTC) the session may begin. */
  startsAt: InstantSchema.optional(),
  maxMinutes: z.number().int().positive().optional(),
  timesPerDay: z.number().int().positive().optional(),
  stopIfPain: z.literal(true).optional(),
  /** Training items under P-RETURN: the most session load (RPE × minutes) for the week. */
  weeklyLoadCap: z.number().nonnegative().optional(),
});

export const PlanDaySchema = z.object({
  date: z.iso.date(),
  items: z.array(PlanItemSchema),
});

export const PlanSchema = z.object({
  level: LevelSchema,
  timeZone: z.string(),
  days: z.array(PlanDaySchema),
});

/** What the plan knows beyond the check-in: all optional, all supplied by the shell. */
export const PlanContextSchema = z.object({
  /** Dated NRS ratings of this episode, for triage's trend rules and P-RETURN. */
  diary: z.array(z.object({ at: InstantSchema, painNow: z.number() })).optional(),
  /**
   * A clinician cleared the user to exercise again at `at`, having assessed the see_doctor rules
   * `ruleIds` (those fired by then: see clearedRuleIds). It lifts P-DOCTOR's limits while no other
   * see_doctor rule fires.
   */
  clearance: z.object({ at: InstantSchema, ruleIds: z.array(z.string()) }).optional(),
  /** Desk workers get movement breaks and a lumbar support (P-POSTURE). */
  deskWorker: z.boolean().optional(),
  /** Weekly session load (Σ RPE × minutes) before the episode, for P-RETURN's cap. */
  preEpisodeWeeklyLoad: z.number().nonnegative().optional(),
});

export type ItemKind = z.infer<typeof ItemKindSchema>;
export type PlanItem = z.infer<typeof PlanItemSchema>;
export type PlanDay = z.infer<typeof PlanDaySchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type PlanContext = z.infer<typeof PlanContextSchema>;
