import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "./load";

const dir = mkdtempSync(join(tmpdir(), "load-"));
const file = (name: string, lines: unknown[]) => {
  const f = join(dir, name);
  writeFileSync(f, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return f;
};

let out: string[];
beforeEach(() => {
  out = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());
const printed = () => out.join("").trim().split("\n").map((l) => JSON.parse(l));

describe("backcoach load", () => {
  it("prints one object with every UTC date from the first session's through the last's", async () => {
    const f = file("s.ndjson", [
      { startedAt: "2026-01-01T10:00:00Z", minutes: 60, rpe: 5 },
      { startedAt: "2026-01-03T18:00:00Z", minutes: 30, rpe: 8 },
      { startedAt: "2026-01-01T18:00:00Z", minutes: 20, rpe: 2 },
    ]);
    expect(await run(["--input", f])).toBe(0);
    const [o] = printed();
    expect(printed()).toHaveLength(1);
    expect(o.days.map((d: { date: string; load: number }) => [d.date, d.load])).toEqual([
      ["2026-01-01", 340], // 5 × 60 + 2 × 20
      ["2026-01-02", 0],
      ["2026-01-03", 240], // 8 × 30
    ]);
    // day 1: acute 0.25 × 340 = 85; chronic (2/29) × 340; EWMA ratio 3.625; rolling 340 / 85 = 4
    expect(o.days[0]).toMatchObject({ acute: 85, acute7: 340, chronic28: 85, acwrRolling: 4 });
    expect(o.days[0].chronic).toBeCloseTo(680 / 29, 12);
    expect(o.days[0].acwrEwma).toBeCloseTo(3.625, 12);
    expect(Object.keys(o.days[2])).toEqual(["date", "load", "acute", "chronic", "acwrEwma", "acute7", "chronic28", "acwrRolling"]);
  });

  it("uses local dates with --tz, across a DST change", async () => {
    const f = file("dst.ndjson", [
      { startedAt: "2026-03-28T23:30:00Z", minutes: 60, rpe: 5 }, // 00:30 CET on the 29th in Berlin
      { startedAt: "2026-03-29T22:30:00Z", minutes: 30, rpe: 8 }, // 00:30 CEST on the 30th
    ]);
    await run(["--input", f, "--tz", "Europe/Berlin"]);
    expect(printed()[0].days.map((d: { date: string; load: number }) => [d.date, d.load])).toEqual([
      ["2026-03-29", 300],
      ["2026-03-30", 240],
    ]);
  });

  it("prints no days for no sessions", async () => {
    expect(await run(["--input", file("empty.ndjson", [])])).toBe(0);
    expect(printed()).toEqual([{ days: [] }]);
  });

  it("answers an invalid line with an error naming the line and field, exit 2", async () => {
    const f = file("bad.ndjson", [{ startedAt: "2026-01-01T10:00:00Z", minutes: 60, rpe: 5 }, { startedAt: "2026-01-02T10:00:00Z", minutes: 60 }]);
    expect(await run(["--input", f])).toBe(2);
    const [o] = printed();
    expect(o.error).toMatchObject({ code: "required", field: "rpe" });
    expect(o.error.message).toMatch(/^Line 2:/);
  });

  it.each([
    [[], "input"],
    [["--input", "x", "--tz", "Mars/Olympus"], "tz"],
    [["--input", join(dir, "missing.ndjson")], "input"],
  ])("answers %j with an error on %s, exit 2", async (argv, field) => {
    expect(await run(argv)).toBe(2);
    expect(printed()[0].error.field).toBe(field);
  });
});
