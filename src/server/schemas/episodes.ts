import { z } from "zod";
import { CheckInInputSchema, InstantSchema, RegionSchema } from "../../core/checkin/schema";
import { TriageResultSchema } from "../../core/triage/schema";
import { TimeZoneSchema } from "./account";

/** A stored check-in as the API answers it: `now` is always set. */
export const StoredCheckInSchema = CheckInInputSchema.extend({ now: InstantSchema });

export const CheckInRecordSchema = z.object({
  id: z.string(),
  at: InstantSchema,
  checkIn: StoredCheckInSchema,
  triage: TriageResultSchema,
});

export const ClearanceInputSchema = z.strictObject({
  clearedAt: InstantSchema.optional(),
  clinician: z.string().trim().min(1).max(200).optional(),
  note: z.string().max(2000).optional(),
});

export const ClearanceSchema = z.object({
  clearedAt: InstantSchema,
  clinician: z.string().optional(),
  note: z.string().optional(),
});

export const EpisodeSummarySchema = z.object({
  id: z.string(),
  onsetAt: InstantSchema,
  createdAt: InstantSchema,
  regions: z.array(RegionSchema),
  triage: TriageResultSchema,
});

export const EpisodeSchema = EpisodeSummarySchema.extend({
  latestCheckIn: StoredCheckInSchema,
  checkIns: z.array(CheckInRecordSchema),
  clearance: ClearanceSchema.nullable(),
});

export const PlanQuerySchema = z.strictObject({ tz: TimeZoneSchema.optional() });

export type CheckInRecord = z.infer<typeof CheckInRecordSchema>;
export type ClearanceInput = z.infer<typeof ClearanceInputSchema>;
export type Clearance = z.infer<typeof ClearanceSchema>;
export type EpisodeSummary = z.infer<typeof EpisodeSummarySchema>;
export type Episode = z.infer<typeof EpisodeSchema>;
