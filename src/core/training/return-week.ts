import type { Plan } from "../plan/schema";
import type { ReturnWeek } from "./summary";

/**
 * The P-RETURN week in force on `date`, read from the episode's plan: the cap of that day's
 * training item, and the week it belongs to (the plan counts return weeks in 7-day blocks
 * from its first day). Null when the plan schedules no capped training that day: no return
 * yet, or no pre-episode load to cap against.
 *
 * @example returnFromPlan(plan, "2026-11-26", "ep1", 1000) → { episodeId: "ep1", week: 1, weekStart: "2026-11-24", cap: 500, preEpisodeWeeklyLoad: 1000 }
 */
export function returnFromPlan(plan: Plan, date: string, episodeId: string, preEpisodeWeeklyLoad: number): ReturnWeek | null {
  const index = plan.days.findIndex((d) => d.date === date);
  if (index < 0) return null;
  const cap = plan.days[index]!.items.find((i) => i.kind === "training" && i.weeklyLoadCap !== undefined)?.weeklyLoadCap;
  if (cap === undefined) return null;
  const block = Math.floor(index / 7);
  return { episodeId, preEpisodeWeeklyLoad, week: block + 1, weekStart: plan.days[block * 7]!.date, cap };
}
