import { DEFAULT_LOAD_GUARD_SETTINGS, type LoadGuardSettings } from "./settings";

/** Where a ratio sits: under, inside or above the usual band (care-rules §4, T-ACWR). */
export type AcwrZone = "none" | "low" | "band" | "caution" | "spike";

/**
 * The zone of an ACWR value: `low` below 0.8, `band` 0.8–1.3, `caution` above 1.3,
 * `spike` at 1.5 or more (defaults); `none` when there is no ratio (nothing trained lately).
 */
export function acwrZone(ratio: number | null, s: LoadGuardSettings = DEFAULT_LOAD_GUARD_SETTINGS): AcwrZone {
  if (ratio === null) return "none";
  if (ratio >= s.acwrSpike) return "spike";
  if (ratio > s.acwrCaution) return "caution";
  if (ratio < s.acwrLow) return "low";
  return "band";
}

export interface AcwrWarning {
  zone: AcwrZone;
  /** What to show: a caution or spike warning, or nothing. */
  warn: "caution" | "spike" | null;
  /** True while the history is shorter than `minHistoryDays`: the ratio is shown, not warned on. */
  buildingHistory: boolean;
}

/**
 * Whether to warn on a day's ratio. Both EWMAs start at 0, so the first day's ratio is
 * λa/λc = 0.25 / 0.0690 = 3.625 and the rolling one is 4 (7 days ÷ a quarter of the same
 * 7 days) whatever was trained: ratios read as spikes until the 28-day chronic window holds
 * real history. So warnings wait for `minHistoryDays` (28) days counted from the first
 * session's day, that day included; until then T-WEEKLY and T-JUMP still guard the build-up.
 *
 * @example acwrWarning(3.625, 1) → { zone: "spike", warn: null, buildingHistory: true }
 */
export function acwrWarning(
  ratio: number | null,
  daysOfHistory: number,
  s: LoadGuardSettings = DEFAULT_LOAD_GUARD_SETTINGS,
): AcwrWarning {
  const zone = acwrZone(ratio, s);
  const buildingHistory = daysOfHistory < s.minHistoryDays;
  const warn = buildingHistory ? null : zone === "spike" || zone === "caution" ? zone : null;
  return { zone, warn, buildingHistory };
}
