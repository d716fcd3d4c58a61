import { exerciseKeyer } from "./movements/match";
import type { DatedWorkout } from "./schema";

/** A pain episode "follows" a session when it began from the session's start to 48 h after. */
export const PAIN_WINDOW_MS = 48 * 3_600_000;
/** Below this many sessions with, or without, an exercise there is too little to tell. */
export const MIN_SESSIONS = 5;
/** Linked: pain follows sessions with it at least twice as often as those without… */
export const LINK_RATIO = 2;
/** …and at least this many times, so one bad week does not condemn a lift. */
export const MIN_FOLLOWED = 2;

export interface SessionCount {
  sessions: number;
  /** How many of those sessions a pain episode began within 48 h after. */
  followed: number;
}

export interface PainLink {
  /** Catalogue id, or `user:` key of the user's own exercise. */
  exercise: string;
  name: string;
  with: SessionCount;
  without: SessionCount;
  /** followed ÷ sessions; null without sessions. */
  rateWith: number | null;
  rateWithout: number | null;
  verdict: "too_few" | "linked" | "not_linked";
  message: string;
}

const rate = (c: SessionCount): number | null => (c.sessions === 0 ? null : c.followed / c.sessions);
const pct = (r: number | null) => `${Math.round((r ?? 0) * 100)}%`;

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * T-PAINLINK: for each exercise, how often a pain episode began within 48 h after sessions
 * that contained it, against sessions that did not, with the counts. Fewer than 5 sessions
 * either way: "too few sessions to tell". Linked when the rate with it is at least twice the
 * rate without and pain followed it at least twice. Counting, not proof: the message says so.
 *
 * @example painLinks(workouts, [Date.parse("2026-03-02T08:00:00Z")]) → [{ exercise: "barbell-deadlift", with: { sessions: 6, followed: 3 }, ... }]
 */
export function painLinks(workouts: readonly Pick<DatedWorkout, "startMs" | "sets">[], onsetsMs: readonly number[]): PainLink[] {
  const onsets = [...onsetsMs].sort((a, b) => a - b);
  const keyOf = exerciseKeyer();
  const counts = new Map<string, { name: string; sessions: number; followed: number }>();
  let followedTotal = 0;
  for (const w of workouts) {
    const next = onsets[lowerBound(onsets, w.startMs)];
    const followed = next !== undefined && next <= w.startMs + PAIN_WINDOW_MS;
    if (followed) followedTotal++;
    const seen = new Set<string>();
    for (const s of w.sets) {
      const key = keyOf(s);
      if (seen.has(key)) continue;
      seen.add(key);
      const c = counts.get(key);
      if (c) {
        c.sessions++;
        if (followed) c.followed++;
      } else counts.set(key, { name: s.exercise, sessions: 1, followed: followed ? 1 : 0 });
    }
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([exercise, c]) => {
      const withIt = { sessions: c.sessions, followed: c.followed };
      const without = { sessions: workouts.length - c.sessions, followed: followedTotal - c.followed };
      const rateWith = rate(withIt);
      const rateWithout = rate(without);
      const tooFew = withIt.sessions < MIN_SESSIONS || without.sessions < MIN_SESSIONS;
      const linked = !tooFew && withIt.followed >= MIN_FOLLOWED && rateWith! > rateWithout! && rateWith! >= LINK_RATIO * rateWithout!;
      const counted = `Pain began within 48 h after ${withIt.followed} of ${withIt.sessions} sessions with ${c.name} (${pct(rateWith)}), and after ${without.followed} of ${without.sessions} without it (${pct(rateWithout)}).`;
      return {
        exercise,
        name: c.name,
        with: withIt,
        without,
        rateWith,
        rateWithout,
        verdict: tooFew ? "too_few" : linked ? "linked" : "not_linked",
        message: tooFew
          ? `Too few sessions to tell (${withIt.sessions} with ${c.name}, ${without.sessions} without; 5 of each are needed).`
          : linked
            ? `${counted} That is a pattern worth acting on, though not proof of a cause.`
            : counted,
      };
    });
}
