import { describe, expect, it } from "vitest";
import type { SetKind, WorkoutSet } from "./schema";
import { warmupCheck } from "./warmup";

const set = (exerciseId: string | null, kind: SetKind = "normal"): WorkoutSet => ({
  exercise: exerciseId ?? "My Own Move",
  exerciseId,
  kind,
  weightKg: null,
  reps: null,
  distanceM: null,
  seconds: null,
  rpe: null,
});

describe("T-WARMUP", () => {
  it("flags a workout of lifts only, with neither a warm-up nor a cool-down", () => {
    expect(warmupCheck({ sets: [set("back-squat"), set("bench-press")] })).toEqual({ missingWarmUp: true, missingCoolDown: true });
  });

  it("counts cardio or mobility at the start as a warm-up and at the end as a cool-down", () => {
    expect(warmupCheck({ sets: [set("treadmill"), set("back-squat"), set("stretching")] })).toEqual({ missingWarmUp: false, missingCoolDown: false });
    expect(warmupCheck({ sets: [set("cat-camel"), set("back-squat")] })).toEqual({ missingWarmUp: false, missingCoolDown: true });
    expect(warmupCheck({ sets: [set("back-squat"), set("cool-down")] })).toEqual({ missingWarmUp: true, missingCoolDown: false });
  });

  it("counts opening warm-up sets as a warm-up", () => {
    expect(warmupCheck({ sets: [set("bench-press", "warmup"), set("bench-press")] }).missingWarmUp).toBe(false);
    // warm-up sets later in the workout do not warm up its start
    expect(warmupCheck({ sets: [set("leg-press"), set("bench-press", "warmup")] }).missingWarmUp).toBe(true);
  });

  it("follows what the app's routines recorded over any guess", () => {
    expect(warmupCheck({ warmUp: true, coolDown: true, sets: [set("back-squat")] })).toEqual({ missingWarmUp: false, missingCoolDown: false });
    expect(warmupCheck({ warmUp: false, coolDown: false, sets: [set("treadmill"), set("stretching")] })).toEqual({ missingWarmUp: true, missingCoolDown: true });
  });

  it("flags an empty workout and treats unknown exercises as lifts", () => {
    expect(warmupCheck({ sets: [] })).toEqual({ missingWarmUp: true, missingCoolDown: true });
    expect(warmupCheck({ sets: [set(null), set(null)] })).toEqual({ missingWarmUp: true, missingCoolDown: true });
  });
});
