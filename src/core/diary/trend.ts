import type { DiaryPoint } from "./schema";

const HOUR = 3_600_000;
/**
 * A "day" in the trend rules is a 24-hour window counted back from the check-in's
 * moment, not a calendar date: the rules then need no time zone, and a late-evening
 * check-in is not judged on a day that has barely begun.
 */
export const DAY = 24 * HOUR;
/** The first 72 h after onset: the window whose peak later pain is measured against. */
export const FIRST_WINDOW = 72 * HOUR;

/** Sum and count of the ratings taken in [from, to), ignoring any before onset or after now. */
interface Tally {
  sum: number;
  n: number;
}

function tally(points: readonly DiaryPoint[], from: number, to: number): Tally {
  let sum = 0;
  let n = 0;
  for (const p of points) {
    const t = Date.parse(p.at);
    if (t >= from && t < to) {
      sum += p.painNow;
      n += 1;
    }
  }
  return { sum, n };
}

/** The highest rating in the first 72 h after onset, or undefined when none was taken then. */
export function firstPeak(points: readonly DiaryPoint[], onsetAt: string): number | undefined {
  const onset = Date.parse(onsetAt);
  let peak: number | undefined;
  for (const p of points) {
    const t = Date.parse(p.at);
    if (t >= onset && t < onset + FIRST_WINDOW && (peak === undefined || p.painNow > peak)) peak = p.painNow;
  }
  return peak;
}

/** Ratings in the `days` 24-h windows ending at `now` (the moment itself included), from onset on. */
function lastDays(points: readonly DiaryPoint[], onsetAt: string, now: string, days: number, skipDays = 0): Tally {
  const end = Date.parse(now) + 1 - skipDays * DAY;
  return tally(points, Math.max(Date.parse(onsetAt), end - days * DAY), end);
}

/**
 * D-NOTIMPROVING from a diary: is the mean of the last 3 days more than 70% of the peak of
 * the first 72 h (a drop of less than the 30% that counts as meaningful, IMMPACT)?
 * Undefined when either window holds no rating: the caller then falls back to `trend`.
 * Compared in whole numbers (10·sum > 7·peak·n) so 7.0 against a peak of 10 never fires by rounding.
 *
 * @example notImprovingFromDiary([{ at: onset, painNow: 8 }, { at: now, painNow: 6 }], onset, now) // true
 */
export function notImprovingFromDiary(points: readonly DiaryPoint[], onsetAt: string, now: string): boolean | undefined {
  const peak = firstPeak(points, onsetAt);
  const recent = lastDays(points, onsetAt, now, 3);
  if (peak === undefined || recent.n === 0) return undefined;
  return 10 * recent.sum > 7 * peak * recent.n;
}

/**
 * D-WORSE from a diary: is the mean of the last 2 days at least 2 points above the mean of
 * the 2 days before? Undefined when either window holds no rating (the caller falls back
 * to `trend`). Compared in whole numbers: sumA·nB − sumB·nA ≥ 2·nA·nB.
 */
export function worseningFromDiary(points: readonly DiaryPoint[], onsetAt: string, now: string): boolean | undefined {
  const recent = lastDays(points, onsetAt, now, 2);
  const before = lastDays(points, onsetAt, now, 2, 2);
  if (recent.n === 0 || before.n === 0) return undefined;
  return recent.sum * before.n - before.sum * recent.n >= 2 * recent.n * before.n;
}

/** Mean of the ratings after the first 72 h and within the last 3 days, for the summary. */
export function recentMeanAfterFirstWindow(points: readonly DiaryPoint[], onsetAt: string, now: string): number | undefined {
  const end = Date.parse(now) + 1;
  const from = Math.max(Date.parse(onsetAt) + FIRST_WINDOW, end - 3 * DAY);
  const { sum, n } = tally(points, from, end);
  return n === 0 ? undefined : sum / n;
}
