/**
 * A countdown kept as timestamps, never by counting ticks: the remaining time is
 * worked out from the clock each time it is read, so it stays right after a
 * locked screen, a hidden tab or a reload.
 */
export interface Countdown {
  startedAt: number;
  durationMs: number;
  /** When it was paused, if it is paused now. */
  pausedAt?: number;
  /** Milliseconds spent paused before the current pause. */
  pausedMs: number;
}

export const startCountdown = (nowMs: number, durationMs: number): Countdown => ({ startedAt: nowMs, durationMs, pausedMs: 0 });

export function elapsedMs(c: Countdown, nowMs: number): number {
  const pausing = c.pausedAt === undefined ? 0 : nowMs - c.pausedAt;
  return Math.min(c.durationMs, Math.max(0, nowMs - c.startedAt - c.pausedMs - pausing));
}

/** The instant a running countdown ends (pauses so far included). */
export const endOf = (c: Countdown): number => c.startedAt + c.pausedMs + c.durationMs;

export const remainingMs = (c: Countdown, nowMs: number): number => c.durationMs - elapsedMs(c, nowMs);
export const isFinished = (c: Countdown, nowMs: number): boolean => remainingMs(c, nowMs) <= 0;

export const pause = (c: Countdown, nowMs: number): Countdown => (c.pausedAt === undefined ? { ...c, pausedAt: nowMs } : c);

export function resume(c: Countdown, nowMs: number): Countdown {
  if (c.pausedAt === undefined) return c;
  const { pausedAt, ...rest } = c;
  return { ...rest, pausedMs: c.pausedMs + (nowMs - pausedAt) };
}

/** "19:05" — minutes and seconds, rounded up so it reads 0:00 only at the end. */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
