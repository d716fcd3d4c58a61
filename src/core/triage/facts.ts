import type { CheckIn, FlagKey, Region } from "../checkin/schema";
import { notImprovingFromDiary, worseningFromDiary, type DiaryPoint } from "../diary";

const HOUR = 3_600_000;

/** What the rules read, worked out once per check-in. */
export interface Facts {
  checkIn: CheckIn;
  /** Time since onset, in hours (elapsed time, not calendar days: triage knows no time zone). */
  hoursSinceOnset: number;
  painNow: number;
  /** The higher of painNow and painWorst24h. */
  painMax: number;
  /** Radiation below the knee or into an arm, or numbness or tingling (care-rules §2). */
  nerveSigns: boolean;
  /** D-NOTIMPROVING's measure: from the diary when it has the data, else from `trend`. */
  notImproving: boolean;
  /** D-WORSE's measure: the user's own "worse", or a worsening diary. */
  worsening: boolean;
}

/** An unanswered flag counts as "no" (the result lists it as unanswered). */
export const flag = (c: CheckIn, key: FlagKey): boolean => c.flags?.[key] === true;
export const anyFlag = (c: CheckIn, ...keys: FlagKey[]): boolean => keys.some((k) => flag(c, k));
export const inRegion = (c: CheckIn, ...regions: Region[]): boolean => regions.some((r) => c.regions.includes(r));

export function hasNerveSigns(c: CheckIn): boolean {
  return c.radiation === "below_knee" || c.radiation === "arm" || flag(c, "numbnessOrTingling");
}

/**
 * The check-in is itself a dated rating, so it joins the diary (once: a diary entry at the
 * same moment is taken to be this check-in). When the diary has no rating in a window a
 * trend rule needs, the rule falls back to the user's own `trend` answer. A "worse" answer
 * always counts for D-WORSE: a flat diary must not silence someone saying it is getting worse.
 */
export function factsOf(checkIn: CheckIn, diary: readonly DiaryPoint[] = []): Facts {
  const points = diary.some((p) => Date.parse(p.at) === Date.parse(checkIn.now))
    ? diary
    : [...diary, { at: checkIn.now, painNow: checkIn.painNow }];
  const sameOrWorse = checkIn.trend === "same" || checkIn.trend === "worse";
  return {
    checkIn,
    hoursSinceOnset: (Date.parse(checkIn.now) - Date.parse(checkIn.onsetAt)) / HOUR,
    painNow: checkIn.painNow,
    painMax: Math.max(checkIn.painNow, checkIn.painWorst24h ?? 0),
    nerveSigns: hasNerveSigns(checkIn),
    notImproving: notImprovingFromDiary(points, checkIn.onsetAt, checkIn.now) ?? sameOrWorse,
    worsening: checkIn.trend === "worse" || worseningFromDiary(points, checkIn.onsetAt, checkIn.now) === true,
  };
}
