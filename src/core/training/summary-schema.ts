import { z } from "zod";
import { MovementCategorySchema } from "./movements/schema";

/** One local day of the training summary: T-LOAD and both T-ACWR ratios. */
export const SummaryDaySchema = z.object({
  date: z.iso.date(),
  /** Σ session load (RPE × minutes) of the day's workouts. */
  load: z.number(),
  /** Σ reps × kg of the day's working sets. */
  volumeLoad: z.number(),
  /** True when a workout that day had no session RPE and its load is estimated. */
  estimated: z.boolean(),
  acute: z.number(),
  chronic: z.number(),
  acwrEwma: z.number().nullable(),
  acute7: z.number(),
  chronic28: z.number(),
  acwrRolling: z.number().nullable(),
});

export const WeekFiguresSchema = z.object({
  /** The Monday the week starts on (local date). */
  weekStart: z.iso.date(),
  load: z.number(),
  volumeLoad: z.number(),
  sessions: z.number().int(),
});

export const SummaryWarningSchema = z.object({
  ruleId: z.enum(["T-ACWR", "T-WEEKLY", "T-JUMP", "T-WARMUP", "P-RETURN"]),
  level: z.enum(["caution", "spike"]),
  /** What happened, in plain words. */
  message: z.string(),
  /** What to do about it. */
  action: z.string(),
  date: z.iso.date().optional(),
  workoutIds: z.array(z.string()).optional(),
  /** The exercise a T-JUMP warning is about: catalogue id or `user:` key. */
  exercise: z.string().optional(),
  /** Exercise-catalogue routines that answer the warning (T-WARMUP: warm-up, cool-down). */
  routineIds: z.array(z.string()).optional(),
});

const CountSchema = z.object({ sessions: z.number().int(), followed: z.number().int() });

export const SwapSuggestionSchema = z.object({
  alternatives: z.array(z.object({ id: z.string(), name: z.string(), category: MovementCategorySchema })),
  deload: z.object({
    factor: z.number(),
    recentTopKg: z.number().nullable(),
    topKg: z.number().nullable(),
    recentVolumeLoad: z.number().nullable(),
    volumeLoad: z.number().nullable(),
  }),
});

export const PainLinkSummarySchema = z.object({
  exercise: z.string(),
  name: z.string(),
  with: CountSchema,
  without: CountSchema,
  rateWith: z.number().nullable(),
  rateWithout: z.number().nullable(),
  verdict: z.enum(["too_few", "linked", "not_linked"]),
  message: z.string(),
  /** T-SWAP, for an exercise linked to pain. */
  swap: SwapSuggestionSchema.nullable(),
});

export const ReturnStatusSchema = z.object({
  episodeId: z.string(),
  /** Return week (1 = the first week back). */
  week: z.number().int().positive(),
  weekStart: z.iso.date(),
  /** The week's most session load (P-RETURN), as the plan gives it. */
  cap: z.number(),
  /** Session load logged so far in this return week. */
  logged: z.number(),
  remaining: z.number(),
  preEpisodeWeeklyLoad: z.number(),
});

export const TrainingSummarySchema = z.object({
  timeZone: z.string(),
  today: z.iso.date(),
  /** T-ACWR band and thresholds in force. */
  settings: z.object({
    acwrLow: z.number(),
    acwrCaution: z.number(),
    acwrSpike: z.number(),
    minHistoryDays: z.number().int(),
  }),
  /** Local days from the first workout's through today. */
  historyDays: z.number().int(),
  /** The last days through today (at most the days asked for). */
  days: z.array(SummaryDaySchema),
  latest: z.object({
    acwrEwma: z.number().nullable(),
    acwrRolling: z.number().nullable(),
    zone: z.enum(["none", "low", "band", "caution", "spike"]),
    /** True while the history is shorter than minHistoryDays: ratios are shown, not warned on. */
    buildingHistory: z.boolean(),
  }),
  thisWeek: WeekFiguresSchema,
  lastWeek: WeekFiguresSchema,
  /** thisWeek.load ÷ lastWeek.load − 1; null when last week had no load. */
  weekChange: z.number().nullable(),
  /** How loads without a session RPE were estimated, and how many workouts of the days shown it touched. */
  estimated: z.object({ workouts: z.number().int(), defaultRpe: z.number(), note: z.string() }),
  warnings: z.array(SummaryWarningSchema),
  painLinks: z.array(PainLinkSummarySchema),
  returnToTraining: ReturnStatusSchema.nullable(),
});

export type SummaryWarning = z.infer<typeof SummaryWarningSchema>;
export type PainLinkSummary = z.infer<typeof PainLinkSummarySchema>;
export type ReturnStatus = z.infer<typeof ReturnStatusSchema>;
export type TrainingSummary = z.infer<typeof TrainingSummarySchema>;
