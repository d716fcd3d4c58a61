import { firstPeak, FIRST_WINDOW, recentMeanAfterFirstWindow } from "./trend";
import type { DiaryPoint } from "./schema";

/**
 * One plain sentence comparing the last 3 days (after the first 72 h) with the worst of the
 * first 3 days, rounded to the nearest 10%, for the diary screen.
 *
 * @example trendSummary(points, onsetAt, now) // "Your pain is about 40% better than at its worst in the first 3 days."
 */
export function trendSummary(points: readonly DiaryPoint[], onsetAt: string, now: string): string {
  if (Date.parse(now) < Date.parse(onsetAt) + FIRST_WINDOW)
    return "Too early to tell a trend: the first 3 days since the pain began are not over yet.";
  const peak = firstPeak(points, onsetAt);
  const recent = recentMeanAfterFirstWindow(points, onsetAt, now);
  if (peak === undefined || recent === undefined)
    return "Not enough diary entries to tell a trend: rate your pain in the first 3 days and in the last 3 days.";
  if (recent === 0) return "No pain recorded over the last 3 days.";
  if (peak === 0) return "Your pain is higher than in the first 3 days, when you recorded none.";
  const change = Math.round(((peak - recent) / peak) * 10) * 10;
  if (change >= 10) return `Your pain is about ${change}% better than at its worst in the first 3 days.`;
  if (change <= -10) return `Your pain is about ${-change}% worse than at its worst in the first 3 days.`;
  return "Your pain is about the same as at its worst in the first 3 days.";
}
