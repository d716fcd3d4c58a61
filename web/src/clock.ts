/**
 * The one place the app reads the time. Tests replace it with `setClock`
 * (or fake Date itself through Playwright's page.clock), so every screen and
 * timer agrees on "now".
 */
export interface Clock {
  now(): number;
}

const systemClock: Clock = { now: () => Date.now() };
let current: Clock = systemClock;

/** Milliseconds since the epoch. */
export const nowMs = (): number => current.now();
/** The current instant as a Date. */
export const now = (): Date => new Date(current.now());

/** Replaces the clock (tests); call with no argument to restore the system clock. */
export function setClock(clock: Clock = systemClock): void {
  current = clock;
}
