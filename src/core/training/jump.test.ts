import { describe, expect, it } from "vitest";
import { jumps } from "./jump";
import type { SetKind, WorkoutSet } from "./schema";

const set = (exerciseId: string | null, exercise: string, weightKg: number | null, reps: number | null, kind: SetKind = "normal"): WorkoutSet => ({
  exercise,
  exerciseId,
  kind,
  weightKg,
  reps,
  distanceM: null,
  seconds: null,
  rpe: null,
});
const squat = (kg: number | null, reps: number | null = 5, kind: SetKind = "normal") => set("back-squat", "Squat (Barbell)", kg, reps, kind);

describe("T-JUMP", () => {
  it("flags a top set more than 10% above the best of the last 4 weeks", () => {
    const found = jumps([
      { day: 100, sets: [squat(60, 5, "warmup"), squat(100), squat(95)] }, // top 100
      { day: 107, sets: [squat(105)] }, // 105 vs best 100: +5%
      { day: 114, sets: [squat(80, 5, "warmup"), squat(116)] }, // 116 vs best 105: 116/105 − 1 ≈ 10.48%
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ workout: 2, day: 114, exercise: "back-squat", topKg: 116, bestKg: 105 });
    expect(found[0]?.increase).toBeCloseTo(11 / 105, 12); // 116/105 − 1 = 11/105 ≈ 0.104762
  });

  it("does not flag exactly +10%", () => {
    // 110 vs 100: 110 × 10 = 1100 is not > 100 × 11 = 1100
    expect(jumps([{ day: 0, sets: [squat(100)] }, { day: 7, sets: [squat(110)] }])).toEqual([]);
  });

  it("compares with the 28 days before only", () => {
    // day 0: 100; day 28: 80 (window 0..27 → best 100, a drop); day 56: 100 vs window 28..55 → best 80: +25%
    const found = jumps([{ day: 0, sets: [squat(100)] }, { day: 28, sets: [squat(80)] }, { day: 56, sets: [squat(100)] }]);
    expect(found.map((j) => [j.day, j.bestKg, j.increase])).toEqual([[56, 80, 0.25]]);
    // day 29 sees day 1..28; day 0's 100 has left the window: 95 vs 80 is +18.75%
    const later = jumps([{ day: 0, sets: [squat(100)] }, { day: 28, sets: [squat(80)] }, { day: 29, sets: [squat(95)] }]);
    expect(later.map((j) => j.bestKg)).toEqual([80]);
  });

  it("has nothing to compare with on a first session or after 4 weeks off", () => {
    expect(jumps([{ day: 0, sets: [squat(140)] }])).toEqual([]);
    expect(jumps([{ day: 0, sets: [squat(60)] }, { day: 29, sets: [squat(140)] }])).toEqual([]);
  });

  it("ignores warm-up sets, bodyweight sets and sets without reps", () => {
    const found = jumps([
      { day: 0, sets: [squat(100)] },
      { day: 3, sets: [squat(130, 3, "warmup"), squat(null, 10), squat(150, null), squat(100)] },
    ]);
    expect(found).toEqual([]);
  });

  it("keeps exercises apart, user exercises by name, in any input order", () => {
    const found = jumps([
      { day: 10, sets: [set(null, "Zercher Squat", 66, 5), squat(100)] }, // zercher: 66 vs 60 = +10%, no
      { day: 3, sets: [set(null, "zercher  squat", 60, 5), set("bench-press", "Bench Press (Barbell)", 60, 5)] },
      { day: 12, sets: [set(null, "Zercher Squat", 73, 5), set("bench-press", "Bench Press", 70, 5)] },
    ]);
    // day 12: zercher 73 vs best 66 → 7/66 ≈ 10.6%; bench 70 vs 60 → 16.7%
    expect(found.map((j) => [j.workout, j.name, j.topKg, j.bestKg])).toEqual([
      [2, "Zercher Squat", 73, 66],
      [2, "Bench Press", 70, 60],
    ]);
  });

  it("does not compare two workouts of the same day with each other", () => {
    expect(jumps([{ day: 5, sets: [squat(60)] }, { day: 5, sets: [squat(100)] }])).toEqual([]);
  });
});
