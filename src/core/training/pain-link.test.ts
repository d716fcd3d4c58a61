import { describe, expect, it } from "vitest";
import { painLinks } from "./pain-link";
import type { WorkoutSet } from "./schema";

const H = 3_600_000;
const D = 24 * H;
const set = (exerciseId: string): WorkoutSet => ({
  exercise: exerciseId,
  exerciseId,
  kind: "normal",
  weightKg: 100,
  reps: 5,
  distanceM: null,
  seconds: null,
  rpe: null,
});
/** A session every 4 days from t0, with the given exercises. */
const t0 = Date.parse("2026-01-05T18:00:00Z");
const session = (i: number, ...ids: string[]) => ({ startMs: t0 + i * 4 * D, sets: ids.map(set) });

describe("T-PAINLINK", () => {
  // 12 sessions: deadlifts in sessions 0,2,4,6,8,10 (6 with, 6 without); bench in all 12.
  const workouts = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? session(i, "barbell-deadlift", "bench-press") : session(i, "bench-press")));
  // Pain began 20 h after sessions 0, 4 and 8 (deadlift days) and 47 h after session 3 (no deadlift);
  // one onset 50 h after session 5 falls outside its 48 h and before session 6 (which is at 96 h).
  const onsets = [t0 + 20 * H, t0 + 4 * 4 * D + 20 * H, t0 + 8 * 4 * D + 20 * H, t0 + 3 * 4 * D + 47 * H, t0 + 5 * 4 * D + 50 * H];
  const links = painLinks(workouts, onsets);
  const by = (id: string) => links.find((l) => l.exercise === id)!;

  it("counts sessions with and without the exercise that pain followed within 48 h", () => {
    // deadlift: with = 6 sessions, followed 3 (0, 4, 8) → 3/6 = 50%; without = 6, followed 1 (session 3) → 1/6 ≈ 16.7%
    expect(by("barbell-deadlift")).toMatchObject({ with: { sessions: 6, followed: 3 }, without: { sessions: 6, followed: 1 } });
    expect(by("barbell-deadlift").rateWith).toBe(0.5);
    expect(by("barbell-deadlift").rateWithout).toBeCloseTo(1 / 6, 12);
    // 0.5 ≥ 2 × 0.1667 and followed 3 ≥ 2 → linked
    expect(by("barbell-deadlift").verdict).toBe("linked");
    expect(by("barbell-deadlift").message).toContain("after 3 of 6 sessions with barbell-deadlift (50%), and after 1 of 6 without it (17%)");
  });

  it("says too few sessions to tell below 5 either way", () => {
    // bench is in all 12 sessions: 0 without → too few
    expect(by("bench-press")).toMatchObject({ with: { sessions: 12, followed: 4 }, without: { sessions: 0, followed: 0 }, rateWithout: null, verdict: "too_few" });
    expect(by("bench-press").message).toMatch(/^Too few sessions to tell/);
    const four = painLinks(workouts.slice(0, 8), onsets); // deadlift 4 with, 4 without
    expect(four.find((l) => l.exercise === "barbell-deadlift")?.verdict).toBe("too_few");
  });

  it("is not linked when pain follows as often without it", () => {
    // pain after every session: 6/6 with, 6/6 without
    const every = workouts.map((w) => w.startMs + H);
    expect(painLinks(workouts, every).find((l) => l.exercise === "barbell-deadlift")).toMatchObject({ rateWith: 1, rateWithout: 1, verdict: "not_linked" });
  });

  it("needs pain to follow the exercise at least twice", () => {
    // a single episode after session 0: 1/6 vs 0/6 — twice the rate, but once is not a pattern
    expect(painLinks(workouts, [t0 + H]).find((l) => l.exercise === "barbell-deadlift")?.verdict).toBe("not_linked");
  });

  it("counts an onset at the start and exactly 48 h after, not later, nor before", () => {
    const one = [{ startMs: t0, sets: [set("barbell-deadlift")] }];
    expect(painLinks(one, [t0])[0]?.with.followed).toBe(1);
    expect(painLinks(one, [t0 + 48 * H])[0]?.with.followed).toBe(1);
    expect(painLinks(one, [t0 + 48 * H + 1])[0]?.with.followed).toBe(0);
    expect(painLinks(one, [t0 - 1])[0]?.with.followed).toBe(0);
  });

  it("counts a session once however many sets of the exercise it has", () => {
    const w = [{ startMs: t0, sets: [set("back-squat"), set("back-squat"), set("back-squat")] }];
    expect(painLinks(w, [])[0]?.with).toEqual({ sessions: 1, followed: 0 });
  });
});
