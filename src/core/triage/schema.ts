import { z } from "zod";
import { FlagKeySchema } from "../checkin/schema";

/** Most urgent first; the result is the most urgent level any rule reaches. */
export const LEVELS = ["emergency", "urgent", "see_doctor", "self_care"] as const;
export const LevelSchema = z.enum(LEVELS);

export const ReasonSchema = z.object({ ruleId: z.string(), message: z.string() });

export const TriageResultSchema = z.object({
  level: LevelSchema,
  stopTraining: z.boolean(),
  reasons: z.array(ReasonSchema),
  unansweredFlags: z.array(FlagKeySchema),
  advice: z.string(),
});

export type Level = z.infer<typeof LevelSchema>;
export type Reason = z.infer<typeof ReasonSchema>;
export type TriageResult = z.infer<typeof TriageResultSchema>;
