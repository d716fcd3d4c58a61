import type { CheckIn } from "../checkin/schema";
import { hasNerveSigns, type TriageResult } from "../triage";
import { clearanceCovers } from "./clearance";
import type { PlanContext } from "./schema";
import { localDay, DAY_MS } from "./zone";

const HOUR = 3_600_000;
export type Severity = "mild" | "moderate" | "severe";

/** Everything the item rules read, worked out once per plan. Instants in ms. */
export interface Situation {
  zone: string;
  onset: number;
  now: number;
  today: number;
  /** onset + 48 h: cold only before it (P-COLD48), heat or cold after (P-THERMAL). */
  heatFrom: number;
  severity: Severity;
  /** End of P-REST's rest from training, by the worst rating since onset (equals onset when mild: none). */
  restUntil: number;
  lowerBack: boolean;
  upperBack: boolean;
  /** Any region but the neck alone (cat-camel moves the whole back). */
  anyBack: boolean;
  numbness: boolean;
  nerveSigns: boolean;
  /** see_doctor without a clinician's clearance since onset: P-DOCTOR's limits apply. */
  doctorLimits: boolean;
  /** Day number from which strengthening runs (P-STRENGTH), when severity is mild now. */
  mildSince: number | undefined;
  /** P-RETURN: training allowed from today (painNow ≤ 2 today and yesterday, no see_doctor rule or cleared). */
  trainingAllowed: boolean;
  deskWorker: boolean;
  preEpisodeWeeklyLoad: number | undefined;
  painMax: number;
}

/** Severity (care-rules §3): the higher of painNow and painWorst24h — mild 0–3, moderate 4–6, severe 7–10. */
export const severityOf = (pain: number): Severity => (pain >= 7 ? "severe" : pain >= 4 ? "moderate" : "mild");

/**
 * P-REST, counted from onset: severe 3 days, moderate 1, mild none. Severity is the worst
 * known by `now` (check-in and diary), applied to the episode's first days as the rule words it: the part of
 * the rest that lies before now is not in the plan, and a check-in after the rest has ended
 * gives no rest days (P-RETURN's pain gate still keeps training off while pain is above 2).
 */
const REST_HOURS: Record<Severity, number> = { severe: 72, moderate: 24, mild: 0 };

/** P-STRENGTH looks back at most this many days: its last stage begins on the 8th mild day. */
const STAGE_LOOKBACK = 8;

/**
 * The worst rating of each recent local day, from the diary and the check-in (which counts
 * for today with its severity: painWorst24h too). Ratings before onset or after now do not count.
 */
function worstByDay(checkIn: CheckIn, context: PlanContext, zone: string, onset: number, now: number, today: number) {
  const worst = new Map<number, number>();
  const note = (day: number, pain: number) => worst.set(day, Math.max(pain, worst.get(day) ?? 0));
  const from = Math.max(onset, now - (STAGE_LOOKBACK + 2) * DAY_MS);
  for (const p of context.diary ?? []) {
    const t = Date.parse(p.at);
    if (t >= from && t <= now) note(localDay(zone, t), p.painNow);
  }
  note(today, Math.max(checkIn.painNow, checkIn.painWorst24h ?? 0));
  return worst;
}

export function situationOf(checkIn: CheckIn, zone: string, context: PlanContext, triage: TriageResult, today: number): Situation {
  const onset = Date.parse(checkIn.onsetAt);
  const now = Date.parse(checkIn.now);
  const painMax = Math.max(checkIn.painNow, checkIn.painWorst24h ?? 0);
  const severity = severityOf(painMax);
  // P-REST goes by the episode's worst rating so far, the diary's included: pain 9 on the
  // first evening is a severe episode even when a check-in on day 3 is mild.
  const restPain = (context.diary ?? []).reduce((m, p) => {
    const t = Date.parse(p.at);
    return t >= onset && t <= now ? Math.max(m, p.painNow) : m;
  }, painMax);
  // A clearance counts when recorded after onset and it covers every see_doctor rule firing now
  // (a rule first fired after it was never assessed). One recorded after this check-in counts
  // too: the doctor saw the pain this check-in describes. It lifts P-DOCTOR and answers
  // P-RETURN's "no see_doctor rule fires"; P-NERVE and P-REST still apply.
  const c = context.clearance;
  const cleared = c !== undefined && Date.parse(c.at) >= onset && clearanceCovers(triage, c.ruleIds);
  const doctorLimits = triage.level === "see_doctor" && !cleared;
  const worst = worstByDay(checkIn, context, zone, onset, now, today);

  // P-STRENGTH: the first day of the run of mild days that ends today (a day without ratings
  // ends the run). Future days' severity is unknown, so when today is not mild there is no
  // strengthening in this plan; the check-in that first reports mild pain brings it in.
  let mildSince: number | undefined;
  for (let d = today; d > today - STAGE_LOOKBACK && (worst.get(d) ?? 99) <= 3; d -= 1) mildSince = d;

  // P-RETURN: pain ≤ 2 today (the check-in, its painWorst24h, today's diary) and on the day
  // before (diary), by local day, the worst rating of each day counting: a worst of 8 in the
  // last 24 h is not a day at 2. Training then runs from today; future pain is unknown, so a
  // plan never schedules a return that has not happened yet.
  const todayWorst = worst.get(today) ?? checkIn.painNow;
  const yesterday = worst.get(today - 1);
  const painGate = todayWorst <= 2 && yesterday !== undefined && yesterday <= 2;

  return {
    zone,
    onset,
    now,
    today,
    heatFrom: onset + 48 * HOUR,
    severity,
    restUntil: onset + REST_HOURS[severityOf(restPain)] * HOUR,
    lowerBack: checkIn.regions.some((r) => r === "lower_back" || r === "mid_back"),
    upperBack: checkIn.regions.some((r) => r === "neck" || r === "upper_back"),
    anyBack: checkIn.regions.some((r) => r !== "neck"),
    numbness: checkIn.flags?.numbnessOrTingling === true,
    nerveSigns: hasNerveSigns(checkIn),
    doctorLimits,
    mildSince,
    trainingAllowed: painGate && (triage.level === "self_care" || cleared),
    deskWorker: context.deskWorker === true,
    preEpisodeWeeklyLoad: context.preEpisodeWeeklyLoad,
    painMax,
  };
}
