import { z } from "zod";

/**
 * T-ACWR thresholds. They are settings because the science behind them is debated
 * (Impellizzeri et al. 2020); the defaults are the usual ones (Gabbett 2016).
 */
export const LoadGuardSettingsSchema = z
  .strictObject({
    /** Below this the ratio is under the usual band (0.8–1.3): detraining, not a warning. */
    acwrLow: z.number().positive().default(0.8),
    /** Above this: caution. */
    acwrCaution: z.number().positive().default(1.3),
    /** At or above this: spike warning. */
    acwrSpike: z.number().positive().default(1.5),
    /**
     * Days of history before ACWR warnings show. Until the 28-day chronic window has
     * filled, the ratio is an artefact of starting from zero (see acwr-warning.ts).
     */
    minHistoryDays: z.number().int().min(1).default(28),
  })
  .refine((s) => s.acwrLow <= s.acwrCaution && s.acwrCaution <= s.acwrSpike, {
    message: "must satisfy acwrLow ≤ acwrCaution ≤ acwrSpike",
    path: ["acwrCaution"],
  });

export type LoadGuardSettings = z.output<typeof LoadGuardSettingsSchema>;

export const DEFAULT_LOAD_GUARD_SETTINGS: LoadGuardSettings = LoadGuardSettingsSchema.parse({});
