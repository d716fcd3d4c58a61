import { localDayOf } from "./day";
import { sessionLoad } from "./session-load";
import type { Session } from "./schema";

/** Load per local day: `loads[i]` belongs to day `firstDay + i`; days without training hold 0. */
export interface DailyLoad {
  firstDay: number;
  loads: number[];
}

/**
 * Sums loads by day from the first day through the last, in any input order, several a day
 * allowed. Empty input gives no days.
 *
 * @example dailyLoad([{ day: 3, load: 10 }, { day: 1, load: 5 }]) → { firstDay: 1, loads: [5, 0, 10] }
 */
export function dailyLoad(entries: readonly { day: number; load: number }[]): DailyLoad {
  if (entries.length === 0) return { firstDay: 0, loads: [] };
  let first = Infinity;
  let last = -Infinity;
  for (const e of entries) {
    if (e.day < first) first = e.day;
    if (e.day > last) last = e.day;
  }
  const loads = new Array<number>(last - first + 1).fill(0);
  for (const e of entries) loads[e.day - first]! += e.load;
  return { firstDay: first, loads };
}

/** Each session's local day in `timeZone` and its session load (T-LOAD). */
export function sessionDayLoads(sessions: readonly Session[], timeZone: string): { day: number; load: number }[] {
  const dayOf = localDayOf(timeZone);
  return sessions.map((s) => ({ day: dayOf(Date.parse(s.startedAt)), load: sessionLoad(s.rpe, s.minutes) }));
}
