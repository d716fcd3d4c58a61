import { describe, expect, it } from "vitest";
import { sessionLoad, volumeLoad } from "./session-load";

describe("T-LOAD", () => {
  it("session load is RPE × minutes", () => {
    expect(sessionLoad(7, 60)).toBe(420); // 7 × 60
    expect(sessionLoad(6.5, 45)).toBe(292.5); // 6.5 × 45
    expect(sessionLoad(0, 90)).toBe(0);
  });

  it("volume load is Σ reps × kg over working sets", () => {
    const sets = [
      { kind: "warmup", reps: 10, weightKg: 40 }, // left out
      { kind: "normal", reps: 5, weightKg: 100 }, // 500
      { kind: "normal", reps: 5, weightKg: 102.5 }, // 512.5
      { kind: "dropset", reps: 8, weightKg: 70 }, // 560
      { kind: "failure", reps: 3, weightKg: 100 }, // 300
      { kind: "normal", reps: 8, weightKg: null }, // bodyweight: no external load
      { kind: "normal", reps: null, weightKg: 20 }, // timed hold: no reps
    ] as const;
    expect(volumeLoad(sets)).toBe(1872.5); // 500 + 512.5 + 560 + 300
  });

  it("is 0 with no sets", () => {
    expect(volumeLoad([])).toBe(0);
  });
});
