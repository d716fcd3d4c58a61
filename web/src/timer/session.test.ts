import { describe, expect, it } from "vitest";
import { elapsedMs, endOf, formatClock, isFinished, pause, remainingMs, resume, startCountdown } from "./session";

const MIN = 60_000;

describe("countdown from timestamps", () => {
  it("reads the remaining time from the clock, however long since the last look", () => {
    const c = startCountdown(1_000, 20 * MIN);
    expect(remainingMs(c, 1_000)).toBe(20 * MIN);
    expect(remainingMs(c, 1_000 + 7 * MIN)).toBe(13 * MIN);
    // A locked screen for longer than the session: finished, never negative.
    expect(remainingMs(c, 1_000 + 90 * MIN)).toBe(0);
    expect(isFinished(c, 1_000 + 20 * MIN)).toBe(true);
    expect(isFinished(c, 1_000 + 20 * MIN - 1)).toBe(false);
  });

  it("does not count paused time", () => {
    let c = startCountdown(0, 10 * MIN);
    c = pause(c, 2 * MIN);
    expect(elapsedMs(c, 5 * MIN)).toBe(2 * MIN);
    c = resume(c, 5 * MIN);
    expect(elapsedMs(c, 6 * MIN)).toBe(3 * MIN);
    expect(endOf(c)).toBe(13 * MIN);
    expect(pause(pause(c, 7 * MIN), 8 * MIN).pausedAt).toBe(7 * MIN);
    expect(resume(c, 9 * MIN)).toBe(c);
  });

  it("formats minutes and seconds, rounding up", () => {
    expect(formatClock(20 * MIN)).toBe("20:00");
    expect(formatClock(65_500)).toBe("1:06");
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(-5)).toBe("0:00");
  });
});
