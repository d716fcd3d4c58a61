import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStrong } from "./strong";
import { ImportResultSchema } from "./schema";

const fixture = (path: string) => readFileSync(new URL(`../../test/${path}`, import.meta.url), "utf8");
const compact = (r: ReturnType<typeof parseStrong>) => r.workouts.map((w) => w.sets.map((s) => [s.exerciseId ?? s.exercise, s.kind, s.weightKg, s.reps]));

describe("parseStrong: the real Android export (old header, `;`, every field quoted)", () => {
  const r = parseStrong(fixture("fixtures/real/strong-android-semicolon.csv"), "Europe/Berlin");

  it("reads both workouts and all 14 sets, with no error or warning", () => {
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]); // units come from "Weight (kg)" and "Distance (meters)"
    expect(r.workouts.map((w) => [w.title, w.sets.length])).toEqual([
      ["Shoulder", 4],
      ["Leg", 10],
    ]);
  });

  it("reads local times in the user's zone, on both sides of a DST change", () => {
    // 2019-03-28 15:24:28 CET (UTC+1); 2019-03-31 05:42:20 is after that night's change, CEST (UTC+2)
    expect(r.workouts.map((w) => w.startedAt)).toEqual(["2019-03-28T14:24:28.000Z", "2019-03-31T03:42:20.000Z"]);
  });

  it("reads Duration (sec) as minutes", () => {
    expect(r.workouts[0]?.minutes).toBeCloseTo(1267 / 60, 12); // 21.12
    expect(r.workouts[1]?.minutes).toBeCloseTo(4422 / 60, 12); // 73.7
  });

  it("maps names onto the catalogue and keeps the sets", () => {
    expect(compact(r)[1]?.slice(0, 6)).toEqual([
      ["barbell-deadlift", "normal", 40, 15],
      ["barbell-deadlift", "normal", 60, 4],
      ["barbell-deadlift", "normal", 70, 5],
      ["barbell-deadlift", "normal", 70, 3],
      ["barbell-deadlift", "normal", 70, 3],
      ["leg-press", "normal", 100, 15],
    ]);
    expect(r.workouts[0]?.sets[0]?.exerciseId).toBe("machine-shoulder-press");
  });

  it("answers in the shape of ImportResultSchema", () => {
    expect(ImportResultSchema.safeParse(r).success).toBe(true);
  });

  it("gives each workout a stable dedupe key: the same in any zone and on every import", () => {
    const again = parseStrong(fixture("fixtures/real/strong-android-semicolon.csv"), "Asia/Tokyo");
    expect(r.workouts.map((w) => w.key)).toEqual(["strong|2019-03-28T15:24:28|Shoulder", "strong|2019-03-31T05:42:20|Leg"]);
    expect(again.workouts.map((w) => w.key)).toEqual(r.workouts.map((w) => w.key));
  });
});

describe("parseStrong: a current iOS export (`,`, BOM, quoted notes, rest timers)", () => {
  const r = parseStrong(fixture("io/fixtures/strong-ios.csv"), "Europe/Berlin");

  it("groups rows into workouts, passing over Rest Timer and Note rows", () => {
    expect(r.errors).toEqual([]);
    expect(r.workouts.map((w) => [w.title, w.sets.length])).toEqual([
      ["Pull, hinge", 7],
      ["Legs", 3],
      ["Forgot to finish", 2],
    ]);
  });

  it("keeps commas and newlines inside quoted fields", () => {
    expect(r.workouts[0]?.notes).toBe("Back felt tight, so easy start");
    expect(r.workouts[0]?.sets[2]?.note).toBe("Felt it in the low back,\nstopped at 5");
  });

  it("reads reps like 10.0, RPE, cardio distance and time, and an empty weight as bodyweight (null, not 0)", () => {
    expect(compact(r)[0]).toEqual([
      ["treadmill", "normal", null, null],
      ["barbell-deadlift", "normal", 60, 10],
      ["barbell-deadlift", "normal", 100, 5],
      ["barbell-deadlift", "normal", 100, 5],
      ["pull-up", "normal", null, 8],
      ["pull-up", "normal", null, 6],
      ["Jefferson Curl (Kettlebell)", "normal", 12, 8], // not in the catalogue: the user's own
    ]);
    expect(r.workouts[0]?.sets[0]).toMatchObject({ distanceM: 1200, seconds: 600 }); // 1.2 km, read as km
    expect(r.workouts[0]?.sets.map((s) => s.rpe)).toEqual([null, null, 8.5, 9, null, null, null]);
  });

  it("reads free-text durations and caps a workout never ended, with a warning", () => {
    expect(r.workouts.map((w) => w.minutes)).toEqual([65, 45, 240]); // 1h 5m, 45m, 264h 1m capped at 4 h
    expect(r.warnings).toContainEqual({ line: 17, reason: 'Duration "264h 1m" looks like a workout never ended: counted as 240 minutes.', skipped: false });
  });

  it("skips bad rows with their line numbers (counting the note's extra line and the blank one)", () => {
    expect(r.warnings.filter((w) => w.skipped)).toEqual([
      { line: 13, reason: 'Weight "ninety" is not a number.', skipped: true },
      { line: 18, reason: 'Set Order "W" is not a set number.', skipped: true },
    ]);
  });

  it("warns once that the units were assumed, and reads imperial when told", () => {
    expect(r.warnings[0]).toEqual({ line: 1, reason: "The file does not say its units: weights read as kg, distances as km.", skipped: false });
    const lbs = parseStrong(fixture("io/fixtures/strong-ios.csv"), "Europe/Berlin", { units: "imperial" });
    expect(lbs.warnings[0]?.reason).toBe("The file does not say its units: weights read as lbs, distances as miles.");
    expect(lbs.workouts[0]?.sets[2]?.weightKg).toBeCloseTo(45.359237, 9); // 100 lb × 0.45359237
    expect(lbs.workouts[0]?.sets[0]?.distanceM).toBeCloseTo(1931.2128, 9); // 1.2 mi × 1609.344
  });
});

describe("parseStrong: an Android export with unit columns", () => {
  const r = parseStrong(fixture("io/fixtures/strong-android-units.csv"), "UTC");

  it("converts each row by its own Weight Unit and Distance Unit", () => {
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const [lbs, kg, run] = r.workouts[0]!.sets;
    expect(lbs?.weightKg).toBeCloseTo(61.23496995, 9); // 135 lb × 0.45359237
    expect(kg?.weightKg).toBe(60);
    expect(run?.distanceM).toBeCloseTo(3218.688, 9); // 2 mi × 1609.344
  });

  it("keeps semicolons inside quoted fields", () => {
    expect(r.workouts[0]?.title).toBe("Morning; full body");
    expect(r.workouts[0]?.sets[0]?.note).toBe("Elbows in; bar to sternum");
    expect(r.workouts[0]?.minutes).toBe(138); // 2h 18m
  });
});

describe("parseStrong: malformed files are rejected whole", () => {
  it("rejects a file with an unreadable date, importing nothing, not even the good row before it", () => {
    const r = parseStrong(fixture("io/fixtures/strong-bad-date.csv"), "UTC");
    expect(r.workouts).toEqual([]);
    expect(r.errors).toEqual([{ line: 3, reason: 'Unreadable date "28/03/2026 18:05": expected YYYY-MM-DD HH:MM:SS.' }]);
  });

  it("rejects a file that is not a Strong export", () => {
    const r = parseStrong(fixture("io/fixtures/strong-wrong-header.csv"), "UTC");
    expect(r.workouts).toEqual([]);
    expect(r.errors[0]?.line).toBe(1);
    expect(r.errors[0]?.reason).toMatch(/^Not a Strong export: no "Date", /);
    expect(parseStrong(fixture("fixtures/real/hevy-metric.csv"), "UTC").errors[0]?.reason).toMatch(/^Not a Strong export/);
  });

  it("rejects broken CSV and a row with a missing field", () => {
    const header = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
    expect(parseStrong(`${header}2026-03-28 18:05:11,Pull,1h,Deadlift (Barbell),1,100,5,,,"open note\n`, "UTC").errors[0]?.reason).toMatch(/^Not valid CSV/);
    expect(parseStrong(`${header}2026-03-28 18:05:11,Pull,1h,Deadlift (Barbell),1,100,5,,,\n`, "UTC").errors).toEqual([
      { line: 2, reason: "Expected 12 fields as in the header, found 10." },
    ]);
  });

  it("never throws, whatever the text", () => {
    for (const text of ["", "\uFEFF", "x", '"', ";;;\n;;;", "Date\n\n\n"]) expect(() => parseStrong(text, "UTC")).not.toThrow();
  });
});
