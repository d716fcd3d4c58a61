import { acwr } from "./acwr";
import { acwrWarning, type AcwrWarning } from "./acwr-warning";
import { dailyLoad } from "./daily-load";
import { dateWorkouts } from "./dated";
import { dateToDay, dayToDate, localDayOf, weekOf, weekStart } from "./day";
import { jumps } from "./jump";
import { painLinks } from "./pain-link";
import { DEFAULT_LOAD_GUARD_SETTINGS, type LoadGuardSettings } from "./settings";
import type { Workout } from "./schema";
import type { PainLinkSummary, ReturnStatus, SummaryWarning, TrainingSummary } from "./summary-schema";
import { swapFor } from "./swap";
import { warmupCheck } from "./warmup";
import { DEFAULT_SESSION_RPE, workoutLoad } from "./workout-load";

/** Warnings look at what happened this recent: the last 7 days, today included. */
const RECENT_DAYS = 7;
/** The pain-link list shows at most this many exercises. */
const MAX_PAIN_LINKS = 10;
const KG_PER_LB = 0.45359237;

export const ESTIMATE_NOTE =
  `Strong and Hevy record effort (RPE) per set, not for the whole session. For a workout without a session RPE, ` +
  `the load uses the mean RPE of its sets, or ${DEFAULT_SESSION_RPE} ("hard") when no set has one: those loads are estimates.`;

/** The P-RETURN week in force, as the plan gives it (see returnFromPlan). */
export interface ReturnWeek {
  episodeId: string;
  preEpisodeWeeklyLoad: number;
  week: number;
  weekStart: string;
  cap: number;
}

export interface SummaryInput {
  /** The user's workouts, each with its stored id. */
  workouts: readonly (Workout & { id: string })[];
  /** When each of the user's pain episodes began (T-PAINLINK). */
  onsets: readonly string[];
  timeZone: string;
  /** The current instant, ms. */
  now: number;
  /** How many days, through today, the series shows. */
  days: number;
  /** The user's units, for weights in messages. */
  units: "kg" | "lb";
  returnWeek?: ReturnWeek | null;
  settings?: LoadGuardSettings;
}

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const weight = (kg: number, units: "kg" | "lb") => (units === "lb" ? `${round(kg / KG_PER_LB)} lb` : `${round(kg, 1)} kg`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function acwrWarningOf(ratioEwma: number | null, ratioRolling: number | null, history: number, s: LoadGuardSettings): SummaryWarning | null {
  const ewma = acwrWarning(ratioEwma, history, s);
  const rolling = acwrWarning(ratioRolling, history, s);
  const rank = (w: AcwrWarning) => (w.warn === "spike" ? 2 : w.warn === "caution" ? 1 : 0);
  const worst = rank(ewma) >= rank(rolling) ? ewma : rolling;
  if (!worst.warn) return null;
  const figures = `ratio ${ratioEwma === null ? "–" : round(ratioEwma, 2)} by the weighted average, ${ratioRolling === null ? "–" : round(ratioRolling, 2)} by 7-day and 28-day totals`;
  return worst.warn === "spike"
    ? {
        ruleId: "T-ACWR",
        level: "spike",
        message: `Your load this past week is well above what you are used to (${figures}; the usual band is ${s.acwrLow}–${s.acwrCaution}). Sudden jumps like this are when back and other injuries are most often reported.`,
        action: `Make your next sessions shorter or easier, or take a rest day, until the ratio is back under ${s.acwrCaution}.`,
      }
    : {
        ruleId: "T-ACWR",
        level: "caution",
        message: `Your load this past week is above your usual range (${figures}; the usual band is ${s.acwrLow}–${s.acwrCaution}).`,
        action: "Hold your training steady for now rather than adding more; build up over weeks, not days.",
      };
}

/**
 * The training summary (care-rules §4): daily load with T-ACWR (EWMA and rolling), this week
 * against last (T-WEEKLY), warnings in plain words with what to do (T-ACWR, T-WEEKLY, T-JUMP,
 * T-WARMUP, P-RETURN), and the exercises most often followed by pain (T-PAINLINK) with T-SWAP
 * suggestions. Workouts without a session RPE are loaded with an estimate (workoutLoad).
 *
 * @example trainingSummary({ workouts, onsets: [], timeZone: "Europe/Berlin", now: Date.now(), days: 84, units: "kg" })
 */
export function trainingSummary(input: SummaryInput): TrainingSummary {
  const s = input.settings ?? DEFAULT_LOAD_GUARD_SETTINGS;
  const { units } = input;
  const dated = dateWorkouts(input.workouts, input.timeZone);
  const today = localDayOf(input.timeZone)(input.now);
  const loads = dated.map(workoutLoad);

  // Days from the first workout's through today (or a later workout's), rest days counting 0.
  const daily = dailyLoad([{ day: today, load: 0 }, ...dated.map((w, i) => ({ day: w.day, load: loads[i]!.load ?? 0 }))]);
  const { firstDay } = daily;
  const series = acwr(daily.loads);
  const volume = new Array<number>(series.length).fill(0);
  const estimated = new Array<boolean>(series.length).fill(false);
  dated.forEach((w, i) => {
    volume[w.day - firstDay]! += loads[i]!.volumeLoad;
    if (loads[i]!.rpeSource !== "session") estimated[w.day - firstDay] = true;
  });

  const todayIndex = today - firstDay;
  const firstWorkoutDay = dated.reduce((min, w) => Math.min(min, w.day), Infinity);
  const historyDays = dated.length ? Math.max(0, today - firstWorkoutDay + 1) : 0;
  const shownFrom = Math.max(0, todayIndex - input.days + 1);
  const days = [];
  for (let i = shownFrom; dated.length && i <= todayIndex; i++)
    days.push({ date: dayToDate(firstDay + i), volumeLoad: volume[i]!, estimated: estimated[i]!, ...series[i]! });

  const current = dated.length ? series[todayIndex]! : undefined;
  const latestRatio = acwrWarning(current?.acwrEwma ?? null, historyDays, s);

  // This week and last, Monday to Sunday in the user's zone.
  const thisMonday = weekStart(weekOf(today));
  const week = (monday: number) => {
    let load = 0;
    let vol = 0;
    let sessions = 0;
    dated.forEach((w, i) => {
      if (w.day < monday || w.day > monday + 6) return;
      load += loads[i]!.load ?? 0;
      vol += loads[i]!.volumeLoad;
      sessions++;
    });
    return { weekStart: dayToDate(monday), load, volumeLoad: vol, sessions };
  };
  const thisWeek = week(thisMonday);
  const lastWeek = week(thisMonday - 7);
  const weekChange = lastWeek.load > 0 ? thisWeek.load / lastWeek.load - 1 : null;

  const warnings: SummaryWarning[] = [];
  const acwrWarn = current ? acwrWarningOf(current.acwrEwma, current.acwrRolling, historyDays, s) : null;
  if (acwrWarn) warnings.push(acwrWarn);

  // T-WEEKLY: more than 10% above last week (written so that 110 against 100 is not "more").
  if (lastWeek.load > 0 && thisWeek.load * 10 > lastWeek.load * 11)
    warnings.push({
      ruleId: "T-WEEKLY",
      level: "caution",
      message: `This week's load so far (${round(thisWeek.load)}) is ${pct(weekChange!)} above last week's (${round(lastWeek.load)}).`,
      action: "Raise your weekly load by no more than 10% a week: keep the rest of this week light.",
    });

  const recent = (day: number) => day > today - RECENT_DAYS && day <= today;
  const latestJump = new Map<string, ReturnType<typeof jumps>[number]>();
  for (const j of jumps(dated)) if (recent(j.day) && (latestJump.get(j.exercise)?.day ?? -Infinity) <= j.day) latestJump.set(j.exercise, j);
  for (const j of latestJump.values())
    warnings.push({
      ruleId: "T-JUMP",
      level: "caution",
      message: `On ${dayToDate(j.day)} your top set of ${j.name} was ${weight(j.topKg, units)}, ${pct(j.increase)} above your best of the 4 weeks before (${weight(j.bestKg, units)}).`,
      action: "Add weight in small steps, no more than 10% above your recent best, and keep your form strict.",
      date: dayToDate(j.day),
      workoutIds: [input.workouts[j.workout]!.id],
      exercise: j.exercise,
    });

  const recentWorkouts = dated.map((w, i) => ({ w, i })).filter(({ w }) => recent(w.day));
  const noWarmUp = recentWorkouts.filter(({ w }) => warmupCheck(w).missingWarmUp);
  const noCoolDown = recentWorkouts.filter(({ w }) => warmupCheck(w).missingCoolDown);
  if (noWarmUp.length || noCoolDown.length) {
    const missing = [
      noWarmUp.length ? `${noWarmUp.length} without a warm-up` : "",
      noCoolDown.length ? `${noCoolDown.length} without a cool-down` : "",
    ].filter(Boolean);
    warnings.push({
      ruleId: "T-WARMUP",
      level: "caution",
      message: `Of your ${plural(recentWorkouts.length, "workout")} in the last 7 days, ${missing.join(" and ")}.`,
      action: "Warm up for 5–10 minutes before every session and cool down for 5–10 minutes after it: the routines below take you through it.",
      workoutIds: [...new Set([...noWarmUp, ...noCoolDown].map(({ i }) => input.workouts[i]!.id))],
      routineIds: [...(noWarmUp.length ? ["warm-up"] : []), ...(noCoolDown.length ? ["cool-down"] : [])],
    });
  }

  let returnToTraining: ReturnStatus | null = null;
  const rw = input.returnWeek;
  if (rw) {
    const start = dateToDay(rw.weekStart);
    let logged = 0;
    dated.forEach((w, i) => {
      if (w.day >= start && w.day <= start + 6) logged += loads[i]!.load ?? 0;
    });
    returnToTraining = { ...rw, logged, remaining: Math.max(0, rw.cap - logged) };
    if (logged > rw.cap)
      warnings.push({
        ruleId: "P-RETURN",
        level: "caution",
        message: `In week ${rw.week} of your return you have logged ${round(logged)} load, above this week's limit of ${round(rw.cap)}.`,
        action: "Keep to walks and gentle stretches for the rest of this week; then build up by no more than 10% a week.",
      });
  }

  const links: PainLinkSummary[] = painLinks(dated, input.onsets.map((o) => Date.parse(o)))
    .filter((l) => l.with.followed > 0)
    .sort(
      (a, b) =>
        Number(b.verdict === "linked") - Number(a.verdict === "linked") ||
        (b.rateWith ?? 0) - (a.rateWith ?? 0) ||
        b.with.followed - a.with.followed,
    )
    .slice(0, MAX_PAIN_LINKS)
    .map((l) => {
      if (l.verdict !== "linked") return { ...l, swap: null };
      const swap = swapFor(l.exercise, dated, today);
      return {
        ...l,
        swap: { alternatives: swap.alternatives.map(({ id, name, category }) => ({ id, name, category })), deload: swap.deload },
      };
    });

  const shownEstimated = dated.filter((w, i) => w.day - firstDay >= shownFrom && w.day <= today && loads[i]!.rpeSource !== "session").length;
  return {
    timeZone: input.timeZone,
    today: dayToDate(today),
    settings: { acwrLow: s.acwrLow, acwrCaution: s.acwrCaution, acwrSpike: s.acwrSpike, minHistoryDays: s.minHistoryDays },
    historyDays,
    days,
    latest: {
      acwrEwma: current?.acwrEwma ?? null,
      acwrRolling: current?.acwrRolling ?? null,
      zone: latestRatio.zone,
      buildingHistory: latestRatio.buildingHistory,
    },
    thisWeek,
    lastWeek,
    weekChange,
    estimated: { workouts: shownEstimated, defaultRpe: DEFAULT_SESSION_RPE, note: ESTIMATE_NOTE },
    warnings,
    painLinks: links,
    returnToTraining,
  };
}
