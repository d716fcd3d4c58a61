import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStrong } from "./strong";
import { summarise } from "./summary";

const fixture = (path: string) => readFileSync(new URL(`../../test/${path}`, import.meta.url), "utf8");

describe("summarise", () => {
  it("counts workouts, sets, distinct exercises and lists the skipped rows", () => {
    // 3 workouts; 7 + 3 + 2 sets; treadmill, deadlift, pull-up, the user's Jefferson curl, squat, leg press, bench, plank
    expect(summarise(parseStrong(fixture("io/fixtures/strong-ios.csv"), "UTC"))).toEqual({
      workouts: 3,
      sets: 12,
      exercises: 8,
      skipped: [
        { line: 13, reason: 'Weight "ninety" is not a number.' },
        { line: 18, reason: 'Set Order "W" is not a set number.' },
      ],
    });
  });

  it("counts nothing for a rejected file", () => {
    expect(summarise(parseStrong(fixture("io/fixtures/strong-bad-date.csv"), "UTC"))).toEqual({ workouts: 0, sets: 0, exercises: 0, skipped: [] });
  });
});
