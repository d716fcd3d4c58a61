import type { LocalDay } from "./days";
import type { PlanItem } from "./schema";
import type { Situation } from "./situation";
import { DAY_MS } from "./zone";

/** P-REST's day: no training on any local day the rest period touches. */
export const inRest = (day: LocalDay, s: Situation): boolean => s.restUntil > Math.max(day.start, s.now);

export function restItem(s: Situation): PlanItem {
  const span = s.restUntil - s.onset > DAY_MS ? "the first 3 days after the pain began" : "the first day after the pain began";
  return {
    kind: "rest_from_training",
    ruleIds: ["P-REST"],
    text: `No training today: take ${span} off working out. Keep gently active with short walks; bed rest is not advised.`,
  };
}

const FIRST_WEEK_SHARE = 0.5;
const WEEKLY_RISE = 1.1;

/**
 * P-RETURN's weekly cap: 50% of the pre-episode weekly load in the first week, then at most
 * 10% more each week. The first week begins on the plan's first day (the first day this
 * plan allows training); a later check-in starts it again, which only ever keeps the cap lower.
 */
export const weeklyCap = (preEpisode: number, week: number): number =>
  Math.floor(Math.min(preEpisode, preEpisode * FIRST_WEEK_SHARE * WEEKLY_RISE ** week));

const session = (exerciseId: string, text: string): PlanItem => ({
  kind: "training",
  ruleIds: ["P-RETURN", "T-WARMUP", "P-STOP"],
  text: `${text} Stop if it hurts.`,
  exerciseId,
  stopIfPain: true,
});

/**
 * Training items for a day when P-RETURN allows it: warm-up, training within the week's
 * cap, cool-down. None on rest days, with nerve signs (P-NERVE) or under P-DOCTOR. P-REST
 * lets mild pain train on; the plan schedules training only through P-RETURN's stricter gate
 * (painNow ≤ 2 two days running), so "mild" alone never brings training items.
 */
export function trainingItems(day: LocalDay, s: Situation): PlanItem[] {
  if (!s.trainingAllowed || s.doctorLimits || s.nerveSigns || inRest(day, s)) return [];
  const week = Math.floor((day.day - s.today) / 7);
  const share = Math.round(100 * Math.min(1, FIRST_WEEK_SHARE * WEEKLY_RISE ** week));
  const cap = s.preEpisodeWeeklyLoad === undefined ? undefined : weeklyCap(s.preEpisodeWeeklyLoad, week);
  const limit =
    cap === undefined
      ? `this week at most ${share}% of your usual weekly training`
      : `this week at most ${cap} load (RPE × minutes), ${share}% of your usual weekly ${s.preEpisodeWeeklyLoad}`;
  return [
    session("warm-up", "Warm up for 5–10 minutes before you train."),
    {
      kind: "training",
      ruleIds: ["P-RETURN", "P-STOP"],
      text: `Back to training, gently: ${limit}, then no more than 10% more each week. Avoid movements that hurt. Stop if it hurts.`,
      stopIfPain: true,
      ...(cap === undefined ? {} : { weeklyLoadCap: cap }),
    },
    session("cool-down", "Cool down for 5–10 minutes after you train."),
  ];
}
