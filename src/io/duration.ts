/** A workout longer than this was most likely never ended in the app (Strong shows `264h 1m`). */
export const MAX_WORKOUT_MINUTES = 240;

/**
 * Seconds in a free-text duration as Strong writes it: `31m`, `1h`, `2h 18m`, `45s`,
 * `1h 2m 3s`; a bare number is seconds (older exports' `Duration (sec)`). Null when unreadable.
 *
 * @example parseDuration("2h 18m") === 8280
 */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const m = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/.exec(t);
  if (!m || (m[1] ?? m[2] ?? m[3]) === undefined) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** Minutes of a workout, capped at MAX_WORKOUT_MINUTES; `capped` says whether it was. */
export function workoutMinutes(seconds: number): { minutes: number; capped: boolean } {
  const minutes = seconds / 60;
  return minutes > MAX_WORKOUT_MINUTES ? { minutes: MAX_WORKOUT_MINUTES, capped: true } : { minutes, capped: false };
}
