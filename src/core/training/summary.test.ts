import { describe, expect, it } from "vitest";
import type { Workout, WorkoutSet } from "./schema";
import { trainingSummary, type SummaryInput } from "./summary";
import { DEFAULT_SESSION_RPE, workoutLoad } from "./workout-load";
import { preEpisodeWeeklyLoad } from "./pre-episode";
import { DAY_MS } from "./day";

const set = (exerciseId: string, exercise: string, weightKg: number | null, reps: number, rpe: number | null = null): WorkoutSet => ({
  exercise,
  exerciseId,
  kind: "normal",
  weightKg,
  reps,
  distanceM: null,
  seconds: null,
  rpe,
});
const squat = (kg: number, reps: number, rpe: number | null = null) => set("back-squat", "Squat (Barbell)", kg, reps, rpe);
const bench = (kg: number, reps: number) => set("bench-press", "Bench Press (Barbell)", kg, reps);

const workout = (id: string, startedAt: string, minutes: number, rpe: number | null, sets: WorkoutSet[], extra: Partial<Workout> = {}) => ({
  id,
  source: "app" as const,
  key: id,
  title: "",
  startedAt,
  minutes,
  rpe,
  warmUp: true,
  coolDown: true,
  sets,
  ...extra,
});

describe("workoutLoad: session RPE, else the sets' mean, else 5 (T-LOAD)", () => {
  it("uses each source in turn and computes volume load", () => {
    expect(workoutLoad({ rpe: 6, minutes: 50, sets: [squat(100, 5, 9)] })).toEqual({ rpe: 6, rpeSource: "session", load: 300, volumeLoad: 500 });
    expect(workoutLoad({ rpe: null, minutes: 40, sets: [squat(100, 5, 7), squat(100, 5, 9)] })).toEqual({ rpe: 8, rpeSource: "sets", load: 320, volumeLoad: 1000 });
    expect(workoutLoad({ rpe: null, minutes: 30, sets: [bench(60, 10)] })).toEqual({ rpe: DEFAULT_SESSION_RPE, rpeSource: "default", load: 150, volumeLoad: 600 });
    expect(workoutLoad({ rpe: 7, minutes: null, sets: [] }).load).toBeNull();
  });
});

describe("preEpisodeWeeklyLoad (P-RETURN's baseline)", () => {
  const onset = Date.parse("2026-11-24T08:00:00Z");
  it("is the mean weekly load of the 4 weeks before onset", () => {
    const sessions = [
      { startMs: onset - DAY_MS, load: 400 },
      { startMs: onset - 20 * DAY_MS, load: 800 },
      { startMs: onset - 28 * DAY_MS, load: 200 }, // the window's first instant: in
      { startMs: onset - 28 * DAY_MS - 1, load: 5000 }, // just before: out
      { startMs: onset, load: 5000 }, // at onset: out
    ];
    expect(preEpisodeWeeklyLoad(sessions, onset)).toBe((400 + 800 + 200) / 4);
  });
  it("is undefined when nothing was logged before the episode", () => {
    expect(preEpisodeWeeklyLoad([{ startMs: onset + DAY_MS, load: 300 }], onset)).toBeUndefined();
  });
});

describe("trainingSummary: a small case worked by hand", () => {
  // Today is Wednesday 25 November 2026 in Berlin; weeks start on Mondays (16 and 23 Nov).
  const input: SummaryInput = {
    workouts: [
      workout("A", "2026-11-16T10:00:00Z", 60, 5, [squat(100, 5)]), // 5 × 60 = 300; volume 500
      workout("B", "2026-11-18T10:00:00Z", 40, null, [squat(100, 5, 7), squat(100, 5, 9)]), // mean set RPE 8 × 40 = 320; volume 1000
      workout("C", "2026-11-23T10:00:00Z", 50, null, [squat(112.5, 3)], { warmUp: false }), // default 5 × 50 = 250; volume 337.5
      workout("D", "2026-11-24T10:00:00Z", 70, 7, [bench(60, 10)], { coolDown: false }), // 7 × 70 = 490; volume 600
    ],
    onsets: ["2026-11-24T20:00:00Z"],
    timeZone: "Europe/Berlin",
    now: Date.parse("2026-11-25T18:00:00Z"),
    days: 84,
    units: "kg",
    returnWeek: { episodeId: "e1", preEpisodeWeeklyLoad: 1000, week: 1, weekStart: "2026-11-23", cap: 500 },
  };
  const s = trainingSummary(input);

  it("has a day for every date from the first workout through today, rest days 0", () => {
    expect(s.today).toBe("2026-11-25");
    expect(s.historyDays).toBe(10);
    expect(s.days.map((d) => d.date)).toEqual([
      "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20",
      "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25",
    ]);
    expect(s.days.map((d) => d.load)).toEqual([300, 0, 320, 0, 0, 0, 0, 250, 490, 0]);
    expect(s.days.map((d) => d.volumeLoad)).toEqual([500, 0, 1000, 0, 0, 0, 0, 337.5, 600, 0]);
    expect(s.days.filter((d) => d.estimated).map((d) => d.date)).toEqual(["2026-11-18", "2026-11-23"]);
    expect(s.estimated).toMatchObject({ workouts: 2, defaultRpe: 5 });
  });

  it("computes today's ACWR both ways, and does not warn before 28 days of history", () => {
    const today = s.days.at(-1)!;
    // EWMA from 0 with λ = 0.25 and 2/29 over 300, 0, 320, 0, 0, 0, 0, 250, 490, 0
    expect(today.acute).toBeCloseTo(143.3413124, 6);
    expect(today.chronic).toBeCloseTo(70.6658613, 6);
    expect(today.acwrEwma).toBeCloseTo(2.0284379, 6);
    // rolling: 19–25 Nov = 250 + 490 = 740; 28 days = 1360 ÷ 4 = 340; 740 ÷ 340
    expect(today.acute7).toBe(740);
    expect(today.chronic28).toBe(340);
    expect(today.acwrRolling).toBeCloseTo(740 / 340, 12);
    expect(s.latest).toEqual({ acwrEwma: today.acwrEwma, acwrRolling: today.acwrRolling, zone: "spike", buildingHistory: true });
    expect(s.warnings.map((w) => w.ruleId)).not.toContain("T-ACWR");
    expect(s.settings).toEqual({ acwrLow: 0.8, acwrCaution: 1.3, acwrSpike: 1.5, minHistoryDays: 28 });
  });

  it("compares this week with last (T-WEEKLY: 740 against 620 is +19%)", () => {
    expect(s.thisWeek).toEqual({ weekStart: "2026-11-23", load: 740, volumeLoad: 937.5, sessions: 2 });
    expect(s.lastWeek).toEqual({ weekStart: "2026-11-16", load: 620, volumeLoad: 1500, sessions: 2 });
    expect(s.weekChange).toBeCloseTo(740 / 620 - 1, 12);
    expect(s.warnings.find((w) => w.ruleId === "T-WEEKLY")).toEqual({
      ruleId: "T-WEEKLY",
      level: "caution",
      message: "This week's load so far (740) is 19% above last week's (620).",
      action: "Raise your weekly load by no more than 10% a week: keep the rest of this week light.",
    });
  });

  it("flags the squat jump (T-JUMP: 112.5 kg against a best of 100 kg)", () => {
    expect(s.warnings.find((w) => w.ruleId === "T-JUMP")).toMatchObject({
      level: "caution",
      message: "On 2026-11-23 your top set of Squat (Barbell) was 112.5 kg, 13% above your best of the 4 weeks before (100 kg).",
      date: "2026-11-23",
      workoutIds: ["C"],
      exercise: "back-squat",
    });
  });

  it("flags this week's missing warm-up and cool-down and offers both routines (T-WARMUP)", () => {
    expect(s.warnings.find((w) => w.ruleId === "T-WARMUP")).toMatchObject({
      message: "Of your 2 workouts in the last 7 days, 1 without a warm-up and 1 without a cool-down.",
      workoutIds: ["C", "D"],
      routineIds: ["warm-up", "cool-down"],
    });
  });

  it("sums the return week against its cap (P-RETURN: 740 logged, cap 500)", () => {
    expect(s.returnToTraining).toEqual({ episodeId: "e1", preEpisodeWeeklyLoad: 1000, week: 1, weekStart: "2026-11-23", cap: 500, logged: 740, remaining: 0 });
    expect(s.warnings.find((w) => w.ruleId === "P-RETURN")?.message).toBe(
      "In week 1 of your return you have logged 740 load, above this week's limit of 500.",
    );
  });

  it("counts pain after sessions per exercise, most often followed first (T-PAINLINK)", () => {
    // The episode began 24 Nov 20:00 UTC: within 48 h of C (23 Nov 10:00) and D (24 Nov 10:00).
    expect(s.painLinks.map((l) => [l.exercise, l.with, l.without, l.verdict, l.swap])).toEqual([
      ["bench-press", { sessions: 1, followed: 1 }, { sessions: 3, followed: 1 }, "too_few", null],
      ["back-squat", { sessions: 3, followed: 1 }, { sessions: 1, followed: 1 }, "too_few", null],
    ]);
  });

  it("writes weights in the user's units", () => {
    const lb = trainingSummary({ ...input, units: "lb" });
    // 112.5 kg = 248.0 lb; 100 kg = 220.5 lb
    expect(lb.warnings.find((w) => w.ruleId === "T-JUMP")?.message).toContain("was 248 lb, 13% above your best of the 4 weeks before (220 lb)");
  });

  it("shows only the days asked for", () => {
    expect(trainingSummary({ ...input, days: 3 }).days.map((d) => d.date)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25"]);
  });
});

describe("trainingSummary: warnings that need history", () => {
  const day = (d: number) => new Date(Date.parse("2026-09-01T09:00:00Z") + d * DAY_MS).toISOString();

  it("warns of an ACWR spike once 28 days of history exist", () => {
    // 6 weeks of 300 every other day, then 600 on each of the last 5 days
    const ws = [];
    for (let d = 0; d < 42; d += 2) ws.push(workout(`w${d}`, day(d), 60, 5, []));
    for (let d = 42; d < 47; d++) ws.push(workout(`x${d}`, day(d), 60, 10, []));
    const s = trainingSummary({ workouts: ws, onsets: [], timeZone: "UTC", now: Date.parse(day(46)), days: 28, units: "kg" });
    expect(s.latest.buildingHistory).toBe(false);
    expect(s.latest.zone).toBe("spike");
    const w = s.warnings.find((x) => x.ruleId === "T-ACWR");
    expect(w).toMatchObject({ level: "spike" });
    expect(w?.action).toContain("under 1.3");
  });

  it("offers swaps and a deload for an exercise linked to pain (T-PAINLINK, T-SWAP)", () => {
    // 12 sessions, every 4 days: deadlift in 6 (pain within 48 h after 3 of them), bench in the other 6 (pain after none)
    const ws = [];
    const onsets = [];
    for (let i = 0; i < 12; i++) {
      const at = day(i * 4);
      const dead = i % 2 === 0;
      ws.push(workout(`w${i}`, at, 60, 6, [dead ? set("barbell-deadlift", "Deadlift (Barbell)", 140, 3) : bench(80, 5)]));
      if (dead && i % 4 === 0) onsets.push(new Date(Date.parse(at) + DAY_MS).toISOString());
    }
    const s = trainingSummary({ workouts: ws, onsets, timeZone: "UTC", now: Date.parse(day(45)), days: 28, units: "kg" });
    const link = s.painLinks[0]!;
    expect(link).toMatchObject({ exercise: "barbell-deadlift", verdict: "linked", with: { sessions: 6, followed: 3 }, without: { sessions: 6, followed: 0 } });
    expect(link.swap?.alternatives.map((a) => a.id)).toEqual(["trap-bar-deadlift", "hip-thrust", "glute-bridge"]);
    // Recent 28 days (days 18–45): deadlift on days 24, 32, 40 → top 140 kg, deload 84 kg
    expect(link.swap?.deload).toMatchObject({ factor: 0.6, recentTopKg: 140, topKg: 84 });
  });

  it("buckets days in the user's zone across the change to summer time", () => {
    // 23:30 UTC on 28 March 2026 is 00:30 on 29 March in Berlin (clocks go forward that night)
    const s = trainingSummary({
      workouts: [workout("a", "2026-03-28T23:30:00Z", 30, 4, [])],
      onsets: [],
      timeZone: "Europe/Berlin",
      now: Date.parse("2026-03-29T20:00:00Z"),
      days: 7,
      units: "kg",
    });
    expect(s.days).toHaveLength(1);
    expect(s.days[0]).toMatchObject({ date: "2026-03-29", load: 120 });
  });

  it("is empty without workouts", () => {
    const s = trainingSummary({ workouts: [], onsets: [], timeZone: "UTC", now: Date.parse("2026-11-25T10:00:00Z"), days: 84, units: "kg" });
    expect(s).toMatchObject({ today: "2026-11-25", historyDays: 0, days: [], warnings: [], painLinks: [], returnToTraining: null, weekChange: null });
    expect(s.latest.zone).toBe("none");
  });
});
