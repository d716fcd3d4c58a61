import type { ReturnStatus } from "../../../src/core/training/summary-schema";

export interface ReturnOverrun {
  cap: number;
  remaining: number;
  load: number;
}

const DAY_MS = 86_400_000;

/**
 * P-RETURN on the logger: would this session take its return week past the cap? `date` is the
 * session's local date; `replacing` is the workout as stored before an edit (counted in
 * `logged` when it fell in the same week). Null when it fits, or when the session is outside
 * the week the cap is known for.
 *
 * @example returnOverrun({ weekStart: "2026-11-23", cap: 500, logged: 300, ... }, "2026-11-25", 240) → { cap: 500, remaining: 200, load: 240 }
 */
export function returnOverrun(
  status: ReturnStatus | null,
  date: string,
  load: number,
  replacing?: { date: string; load: number },
): ReturnOverrun | null {
  if (!status) return null;
  const inWeek = (d: string) => {
    const offset = (Date.parse(`${d}T00:00:00Z`) - Date.parse(`${status.weekStart}T00:00:00Z`)) / DAY_MS;
    return offset >= 0 && offset <= 6;
  };
  if (!inWeek(date)) return null;
  const before = status.logged - (replacing && inWeek(replacing.date) ? replacing.load : 0);
  if (before + load <= status.cap) return null;
  return { cap: status.cap, remaining: Math.max(0, status.cap - before), load };
}
