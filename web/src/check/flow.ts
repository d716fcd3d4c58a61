import type { CheckInInput, FlagKey, Flags, Radiation, Region, Trend } from "../../../src/core/checkin/schema";

/** What the user has answered so far in the quick check. */
export interface Answers {
  regions: Region[];
  painNow?: number;
  painWorst24h?: number;
  onsetAt?: string;
  sharp?: boolean;
  radiation?: Radiation;
  trend?: Trend;
  flags: Flags;
}

export const emptyAnswers = (): Answers => ({ regions: [], flags: {} });

/** A screen of red-flag questions in plain words. */
export interface FlagGroup {
  id: string;
  title: string;
  questions: readonly { key: FlagKey; text: string; hint?: string }[];
}

export type Step =
  | { kind: "regions" }
  | { kind: "painNow" }
  | { kind: "painWorst" }
  | { kind: "onset" }
  | { kind: "trend" }
  | { kind: "sharp" }
  | { kind: "radiation" }
  | { kind: "flags"; group: FlagGroup };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The screens of the quick check, one question each (a red-flag group counts as one).
 * "Better or worse since it began" is asked only once a day has passed: before that it means nothing.
 */
export function stepsFor(answers: Answers, groups: readonly FlagGroup[], nowMs: number): Step[] {
  const base: Step[] = [{ kind: "regions" }, { kind: "painNow" }, { kind: "painWorst" }, { kind: "onset" }];
  const onset = answers.onsetAt === undefined ? undefined : Date.parse(answers.onsetAt);
  if (onset !== undefined && nowMs - onset >= DAY_MS) base.push({ kind: "trend" });
  base.push({ kind: "sharp" }, { kind: "radiation" });
  return [...base, ...groups.map((group) => ({ kind: "flags" as const, group }))];
}

/** True when the step's question has an answer, so "Next" may go on. */
export function isAnswered(step: Step, a: Answers): boolean {
  switch (step.kind) {
    case "regions":
      return a.regions.length > 0;
    case "painNow":
      return a.painNow !== undefined;
    case "painWorst":
      return a.painWorst24h !== undefined;
    case "onset":
      return a.onsetAt !== undefined;
    case "trend":
      return a.trend !== undefined;
    case "sharp":
      return a.sharp !== undefined;
    case "radiation":
      return a.radiation !== undefined;
    case "flags":
      return step.group.questions.every((q) => a.flags[q.key] !== undefined);
  }
}

/**
 * The check-in the answers make, at the moment `now`. Answers to later screens that
 * no longer apply (a trend when the onset moved to today) are dropped.
 */
export function toCheckIn(a: Answers, now: string): CheckInInput {
  if (a.onsetAt === undefined || a.painNow === undefined) throw new Error("the quick check is not finished");
  const askTrend = Date.parse(now) - Date.parse(a.onsetAt) >= DAY_MS;
  return {
    onsetAt: a.onsetAt,
    now,
    regions: a.regions,
    painNow: a.painNow,
    ...(a.painWorst24h !== undefined && { painWorst24h: Math.max(a.painWorst24h, a.painNow) }),
    ...(a.sharp !== undefined && { sharp: a.sharp }),
    ...(a.radiation !== undefined && { radiation: a.radiation }),
    ...(askTrend && a.trend !== undefined && { trend: a.trend }),
    flags: a.flags,
  };
}
