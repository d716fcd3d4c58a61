import type { LocalDay } from "./days";
import type { PlanItem } from "./schema";
import type { Situation } from "./situation";
import { localClock } from "./zone";

const SESSIONS = 4;
const MINUTES = 20;
const SPACING = "at least 60 minutes between sessions";
const iso = (ms: number) => new Date(ms).toISOString();

const cold = (startsAt: number, timesPerDay: number, ruleIds: string[], text: string): PlanItem => ({
  kind: "cold",
  ruleIds,
  text,
  startsAt: iso(startsAt),
  maxMinutes: MINUTES,
  timesPerDay,
});

/**
 * The day's cold or heat (P-COLD48, P-THERMAL, P-NERVE). The 48 hours run from onset, not
 * from the first check-in: the seed's rule is about the injury's age. A session never
 * starts before now, nor, for heat, before onset + 48 h. On the day the 48 h end, the
 * day's 4 sessions are shared between a cold item before that moment and a heat-or-cold
 * item after it, in proportion to the time each has.
 */
export function thermalItems(day: LocalDay, s: Situation): PlanItem[] {
  const from = Math.max(day.start, s.now);
  if (s.numbness) {
    const ruleIds = [...(from < s.heatFrom ? ["P-COLD48"] : []), ...(day.end > s.heatFrom ? ["P-THERMAL"] : []), "P-NERVE"];
    const text = `Cold only, never heat (numb skin can scald): a cold pack wrapped in a cloth, up to ${MINUTES} minutes a session, ${SPACING}, up to ${SESSIONS} a day. Check the skin every few minutes.`;
    return [cold(from, SESSIONS, ruleIds, text)];
  }
  if (day.end <= s.heatFrom)
    return [
      cold(
        from,
        SESSIONS,
        ["P-COLD48"],
        `Cold only in the first 48 hours, no heat: an ice pack wrapped in a cloth, or a cold pack, up to ${MINUTES} minutes a session, ${SPACING}, up to ${SESSIONS} a day.`,
      ),
    ];
  const heat = (timesPerDay: number): PlanItem => ({
    kind: "heat_or_cold",
    ruleIds: ["P-THERMAL"],
    text: `Heat or cold, whichever feels better: up to ${MINUTES} minutes a session, ${SPACING}, up to ${timesPerDay} ${timesPerDay === 1 ? "session" : "sessions"}${timesPerDay < SESSIONS ? " from then on today" : " a day"}.`,
    startsAt: iso(Math.max(from, s.heatFrom)),
    maxMinutes: MINUTES,
    timesPerDay,
  });
  if (from >= s.heatFrom) return [heat(SESSIONS)];
  const share = Math.round((SESSIONS * (s.heatFrom - from)) / (day.end - from));
  const colds = Math.min(SESSIONS - 1, Math.max(1, share));
  const until = localClock(s.zone, s.heatFrom);
  return [
    cold(
      from,
      colds,
      ["P-COLD48"],
      `Cold only until ${until} (48 hours after the pain began), no heat before then: a wrapped ice pack or cold pack, up to ${MINUTES} minutes a session, ${SPACING}, up to ${colds} before ${until}.`,
    ),
    heat(SESSIONS - colds),
  ];
}
