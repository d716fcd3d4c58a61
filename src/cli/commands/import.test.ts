import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "./import";

const fixture = (path: string) => new URL(`../../../test/${path}`, import.meta.url).pathname;

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (err.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());
const printed = () => out.join("").trim().split("\n").map((l) => JSON.parse(l));

describe("backcoach import --dry-run", () => {
  it("counts the real Strong export", async () => {
    expect(await run(["--format", "strong", "--file", fixture("fixtures/real/strong-android-semicolon.csv"), "--dry-run"])).toBe(0);
    // Shoulder: 4 shoulder-press sets; Leg: 5 deadlift + 5 leg press
    expect(printed()).toEqual([{ workouts: 2, sets: 14, exercises: 3, skipped: [] }]);
  });

  it("counts the real Hevy export", async () => {
    expect(await run(["--format", "hevy", "--file", fixture("fixtures/real/hevy-metric.csv"), "--dry-run", "--tz", "America/Sao_Paulo", "--user", "ana@example.com"])).toBe(0);
    const [o] = printed();
    expect(o).toMatchObject({ workouts: 37, sets: 567, skipped: [] });
  });

  it("lists skipped rows and sends notes on kept rows to stderr", async () => {
    expect(await run(["--format", "strong", "--file", fixture("io/fixtures/strong-ios.csv"), "--dry-run"])).toBe(0);
    expect(printed()[0]).toEqual({
      workouts: 3,
      sets: 12,
      exercises: 8,
      skipped: [
        { line: 13, reason: 'Weight "ninety" is not a number.' },
        { line: 18, reason: 'Set Order "W" is not a set number.' },
      ],
    });
    expect(err.join("")).toContain("line 17: Duration \"264h 1m\" looks like a workout never ended");
  });

  it("rejects a malformed file naming its line, exit 2", async () => {
    expect(await run(["--format", "hevy", "--file", fixture("io/fixtures/hevy-bad-time.csv"), "--dry-run"])).toBe(2);
    expect(printed()).toEqual([
      { error: { code: "invalid_file", message: 'Line 3: Unreadable time "2026-04-07T10:14": expected like "7 Apr 2026, 10:14". Nothing was imported.', field: "file" } },
    ]);
  });

  it("rejects a file of the other format", async () => {
    expect(await run(["--format", "hevy", "--file", fixture("fixtures/real/strong-android-semicolon.csv"), "--dry-run"])).toBe(2);
    expect(printed()[0].error.message).toMatch(/^Line 1: Not a Hevy export/);
  });
});

describe("backcoach import: bad arguments", () => {
  const dir = mkdtempSync(join(tmpdir(), "import-"));
  const csv = join(dir, "x.csv");
  writeFileSync(csv, "Date\n");

  it.each([
    [["--file", csv, "--dry-run"], "required", "format"],
    [["--format", "fitbod", "--file", csv, "--dry-run"], "invalid_value", "format"],
    [["--format", "strong", "--dry-run"], "required", "file"],
    [["--format", "strong", "--file", join(dir, "missing.csv"), "--dry-run"], "invalid_file", "file"],
    [["--format", "strong", "--file", csv, "--dry-run", "--user", "not-an-email"], "invalid_value", "user"],
    [["--format", "strong", "--file", csv, "--dry-run", "--tz", "Mars/Olympus"], "invalid_value", "tz"],
  ])("answers %j with %s on %s, exit 2", async (argv, code, field) => {
    expect(await run(argv)).toBe(2);
    expect(printed()[0].error).toMatchObject({ code, field });
  });

  it("needs --user to write to the database", async () => {
    expect(await run(["--format", "strong", "--file", fixture("fixtures/real/strong-android-semicolon.csv")])).toBe(2);
    expect(printed()[0].error).toMatchObject({ code: "required", field: "user" });
  });

  it("refuses unknown options", async () => {
    expect(await run(["--format", "strong", "--file", csv, "--dry-run", "--force"])).toBe(2);
    expect(printed()[0].error.code).toBe("invalid_value");
  });
});
