import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHevy } from "./hevy";
import { ImportResultSchema } from "./schema";

const fixture = (path: string) => readFileSync(new URL(`../../test/${path}`, import.meta.url), "utf8");

describe("parseHevy: the real metric export", () => {
  const r = parseHevy(fixture("fixtures/real/hevy-metric.csv"), "America/Sao_Paulo");
  const sets = r.workouts.flatMap((w) => w.sets);

  it("reads all 37 workouts and 567 sets with no error or warning", () => {
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.workouts).toHaveLength(37);
    expect(sets).toHaveLength(567);
  });

  it("reads local times in the user's zone and durations from start to end", () => {
    // "8 Apr 2026, 16:50" in São Paulo (UTC−3) → 19:50Z; ends 17:43: 53 minutes
    expect(r.workouts[0]).toMatchObject({ title: "escape the BACKrooms", startedAt: "2026-04-08T19:50:00.000Z", minutes: 53, key: "hevy|2026-04-08T16:50:00|escape the BACKrooms" });
    // "2 Sep 2025, 23:13" → "3 Sep 2025, 01:03", across midnight: 110 minutes
    expect(r.workouts.find((w) => w.title === "me and lore")?.minutes).toBe(110);
  });

  it("keeps set types, and an empty weight as bodyweight (null, not 0)", () => {
    const count = (kind: string) => sets.filter((s) => s.kind === kind).length;
    expect([count("normal"), count("warmup"), count("dropset"), count("failure")]).toEqual([498, 48, 11, 10]);
    expect(r.workouts[0]?.sets.slice(0, 2).map((s) => [s.exerciseId, s.weightKg, s.reps])).toEqual([
      ["pull-up", null, 7],
      ["pull-up", null, 5],
    ]);
    expect(r.workouts[0]?.notes).toBe("melhorando cada vez mais nos pull ups to feliz");
    expect(r.workouts[0]?.sets[4]?.note).toBe("senti o ombro direito // simplesmente uma bosta");
  });

  it("reads a timed cardio set", () => {
    expect(sets.find((s) => s.exercise === "Treadmill")).toMatchObject({ exerciseId: "treadmill", seconds: 1800, weightKg: null, reps: null });
  });

  it("maps names onto the catalogue, keeping single-arm and machine variants as the user's own", () => {
    const own = [...new Set(sets.filter((s) => s.exerciseId === null).map((s) => s.exercise))].sort();
    expect(own).toEqual(["Chin Up (Assisted)", "Preacher Curl (Machine)", "Single Arm Lat Pulldown", "Single Arm Triceps Pushdown (Cable)"]);
    expect(sets.find((s) => s.exercise === "Squat (Barbell)")?.exerciseId).toBe("back-squat");
    expect(sets.find((s) => s.exercise === "Hip Thrust (Barbell)")?.exerciseId).toBe("hip-thrust");
  });

  it("answers in the shape of ImportResultSchema", () => {
    expect(ImportResultSchema.safeParse(r).success).toBe(true);
  });

  it("gives every workout its own stable key", () => {
    const keys = r.workouts.map((w) => w.key);
    expect(new Set(keys).size).toBe(37);
    expect(parseHevy(fixture("fixtures/real/hevy-metric.csv"), "UTC").workouts.map((w) => w.key)).toEqual(keys);
  });
});

describe("parseHevy: an imperial export with 12-hour times", () => {
  const r = parseHevy(fixture("io/fixtures/hevy-imperial.csv"), "America/New_York");

  it("reads 'May 15, 2026, 7:26 PM' in the user's zone", () => {
    // 19:26 EDT (UTC−4) → 23:26Z; to 8:41 PM: 75 minutes
    expect(r.workouts[0]).toMatchObject({ startedAt: "2026-05-15T23:26:00.000Z", minutes: 75 });
    expect(r.workouts[1]).toMatchObject({ startedAt: "2026-05-17T11:05:00.000Z", minutes: 45 });
  });

  it("converts pounds and miles", () => {
    const [warm, top, drop, dip, walk] = r.workouts[0]!.sets;
    expect(warm).toMatchObject({ kind: "warmup", reps: 10 });
    expect(warm?.weightKg).toBeCloseTo(43.09127515, 9); // 95 lb × 0.45359237
    expect(top).toMatchObject({ kind: "normal", reps: 5, rpe: 8 });
    expect(top?.weightKg).toBeCloseTo(83.91458845, 9); // 185 lb
    expect(drop?.kind).toBe("dropset");
    expect(dip).toMatchObject({ kind: "failure", exerciseId: "dip", weightKg: null, reps: 12, note: "bodyweight, slow" });
    expect(walk?.distanceM).toBeCloseTo(2414.016, 9); // 1.5 mi × 1609.344
  });

  it("keeps quotes, commas and newlines in a quoted description", () => {
    expect(r.workouts[0]?.title).toBe("Push, then a walk");
    expect(r.workouts[0]?.notes).toBe('Shoulder OK, "finally"\nsecond line of notes');
  });

  it("skips a row with an unknown set type, naming its line", () => {
    expect(r.warnings).toEqual([{ line: 13, reason: 'Unknown set_type "superset".', skipped: true }]);
    expect(r.workouts[1]?.sets).toHaveLength(1);
  });
});

describe("parseHevy: malformed files are rejected whole", () => {
  it("rejects a file with an unreadable time, importing nothing", () => {
    const r = parseHevy(fixture("io/fixtures/hevy-bad-time.csv"), "UTC");
    expect(r.workouts).toEqual([]);
    expect(r.errors).toEqual([{ line: 3, reason: 'Unreadable time "2026-04-07T10:14": expected like "7 Apr 2026, 10:14".' }]);
  });

  it("rejects a file that is not a Hevy export", () => {
    const r = parseHevy(fixture("fixtures/real/strong-android-semicolon.csv"), "UTC");
    expect(r.workouts).toEqual([]);
    expect(r.errors[0]).toMatchObject({ line: 1 });
    expect(r.errors[0]?.reason).toMatch(/^Not a Hevy export: no "title", "start_time"/);
  });

  it("leaves the duration empty when the end is before the start", () => {
    const text = `"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
"Legs","7 Apr 2026, 10:14","7 Apr 2026, 09:02","","Squat (Barbell)",,"",0,"normal",100,5,,,`;
    const r = parseHevy(text, "UTC");
    expect(r.workouts[0]?.minutes).toBeNull();
    expect(r.warnings).toEqual([{ line: 2, reason: 'end_time "7 Apr 2026, 09:02" is before start_time: duration left empty.', skipped: false }]);
  });

  it("skips a set whose figures are too large to be real, or whose RPE is above 10", () => {
    const text = `"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
"Legs","7 Apr 2026, 10:14","7 Apr 2026, 11:02","","Squat (Barbell)",,"",0,"normal",1e308,5,,,
"Legs","7 Apr 2026, 10:14","7 Apr 2026, 11:02","","Squat (Barbell)",,"",1,"normal",100,5,,,11
"Legs","7 Apr 2026, 10:14","7 Apr 2026, 11:02","","Squat (Barbell)",,"",2,"normal",100,5,,,8`;
    const r = parseHevy(text, "UTC");
    expect(r.warnings).toEqual([
      { line: 2, reason: "weight_kg 1e+308 is too large to be real.", skipped: true },
      { line: 3, reason: "rpe 11 is above 10.", skipped: true },
    ]);
    expect(r.workouts[0]?.sets).toHaveLength(1);
  });
});
