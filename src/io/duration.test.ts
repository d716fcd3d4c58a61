import { describe, expect, it } from "vitest";
import { MAX_WORKOUT_MINUTES, parseDuration, workoutMinutes } from "./duration";

describe("parseDuration", () => {
  it.each([
    ["31m", 1860], // 31 × 60
    ["1h", 3600],
    ["2h 18m", 8280], // 7200 + 1080
    ["264h 1m", 950460], // 264 × 3600 + 60
    ["45s", 45],
    ["1h 2m 3s", 3723],
    ["1267", 1267], // Duration (sec)
    [" 40min ", 2400],
  ])("reads %s as %i s", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(["", "soon", "1h 2", "-5m", "m"])("cannot read %j", (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe("workoutMinutes", () => {
  it("converts to minutes and caps a workout left running", () => {
    expect(workoutMinutes(8280)).toEqual({ minutes: 138, capped: false });
    expect(workoutMinutes(950460)).toEqual({ minutes: MAX_WORKOUT_MINUTES, capped: true });
    expect(workoutMinutes(240 * 60)).toEqual({ minutes: 240, capped: false });
  });
});
