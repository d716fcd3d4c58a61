import type { DailyLoad } from "./daily-load";
import { weekOf, weekStart } from "./day";

/** One ISO week (Monday to Sunday, local days) of T-WEEKLY. */
export interface WeekLoad {
  /** Day number of the week's Monday. */
  weekStart: number;
  load: number;
  /** The week before's load; null for the first week of the history. */
  previous: number | null;
  /** load ÷ previous − 1 (0.25 = +25%); null without a previous week's load to compare. */
  change: number | null;
  /** T-WEEKLY: more than 10% above the previous week. */
  caution: boolean;
}

/**
 * T-WEEKLY: weekly load and its change from the week before, for every week from the first
 * day's through the last's. A week after an idle one has nothing to compare with (change
 * null, no caution): coming back after a break is P-RETURN's to cap, not this rule's.
 *
 * @example weeklyLoad({ firstDay, loads }) → [{ weekStart, load: 1000, previous: null, ... }, { load: 1150, previous: 1000, change: 0.15, caution: true }]
 */
export function weeklyLoad(daily: DailyLoad): WeekLoad[] {
  if (daily.loads.length === 0) return [];
  const firstWeek = weekOf(daily.firstDay);
  const totals = new Array<number>(weekOf(daily.firstDay + daily.loads.length - 1) - firstWeek + 1).fill(0);
  for (let i = 0; i < daily.loads.length; i++) totals[weekOf(daily.firstDay + i) - firstWeek]! += daily.loads[i]!;
  return totals.map((load, i) => {
    const previous = i === 0 ? null : totals[i - 1]!;
    const comparable = previous !== null && previous > 0;
    return {
      weekStart: weekStart(firstWeek + i),
      load,
      previous,
      change: comparable ? load / previous - 1 : null,
      // load > 1.1 × previous, written so that 110 against 100 is not "more" through rounding
      caution: comparable && load * 10 > previous * 11,
    };
  });
}
