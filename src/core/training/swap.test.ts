import { describe, expect, it } from "vitest";
import type { SetKind, WorkoutSet } from "./schema";
import { swapFor } from "./swap";

const set = (exerciseId: string | null, weightKg: number | null, reps: number, kind: SetKind = "normal"): WorkoutSet => ({
  exercise: exerciseId ?? "Zercher Squat",
  exerciseId,
  kind,
  weightKg,
  reps,
  distanceM: null,
  seconds: null,
  rpe: null,
});
const dl = (kg: number, reps: number, kind: SetKind = "normal") => set("barbell-deadlift", kg, reps, kind);

describe("T-SWAP", () => {
  const today = 1000;
  const workouts = [
    { day: 960, sets: [dl(180, 3)] }, // 40 days ago: outside the 28 days
    { day: 980, sets: [dl(60, 5, "warmup"), dl(130, 5), dl(130, 5)] }, // volume 650 + 650 = 1300; top 130
    { day: 990, sets: [dl(140, 3), dl(120, 5), set("bench-press", 80, 5)] }, // volume 420 + 600 = 1020; top 140
    { day: 1001, sets: [dl(200, 1)] }, // after today: ignored
  ];

  it("offers the catalogue's back-friendlier alternatives", () => {
    const s = swapFor("barbell-deadlift", workouts, today);
    expect(s.alternatives.map((m) => m.id)).toEqual(["trap-bar-deadlift", "hip-thrust", "glute-bridge"]);
  });

  it("deloads to about 60% of the last 28 days' load", () => {
    const { deload } = swapFor("barbell-deadlift", workouts, today);
    // top set: max(130, 140) = 140 → 0.6 × 140 = 84 kg
    // volume: (1300 + 1020) / 2 sessions = 1160 → 0.6 × 1160 = 696
    expect(deload).toEqual({ factor: 0.6, recentTopKg: 140, topKg: 84, recentVolumeLoad: 1160, volumeLoad: 696 });
  });

  it("rounds the deload weight to 0.5 kg", () => {
    // 0.6 × 71 = 42.6 → 42.5; 0.6 × 102.5 = 61.5
    expect(swapFor("barbell-deadlift", [{ day: today, sets: [dl(71, 5)] }], today).deload.topKg).toBe(42.5);
    expect(swapFor("barbell-deadlift", [{ day: today, sets: [dl(102.5, 5)] }], today).deload.topKg).toBe(61.5);
  });

  it("has no deload figures without recent sessions, and no alternatives for the user's own exercise", () => {
    expect(swapFor("barbell-deadlift", [], today).deload).toEqual({ factor: 0.6, recentTopKg: null, topKg: null, recentVolumeLoad: null, volumeLoad: null });
    const own = swapFor("user:squatzercher", [{ day: today, sets: [set(null, 80, 5)] }], today);
    expect(own.alternatives).toEqual([]);
    expect(own.deload.topKg).toBe(48); // 0.6 × 80
  });
});
