import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstCheckIn } from "../helpers/checkins";
import { REPO_ROOT, runCli } from "../helpers/spawn";

const lines = (out: string) => out.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
const dir = mkdtempSync(join(tmpdir(), "backcoach-cli-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("backcoach triage", () => {
  it("answers a pretty-printed JSON check-in from a file with one line, exit 0 (run as npx tsx src/cli/main.ts)", () => {
    const r = spawnSync("npx", ["tsx", "src/cli/main.ts", "triage", "--input", file("one.json", JSON.stringify(firstCheckIn(), null, 2))], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const [result, ...rest] = lines(r.stdout);
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ level: "self_care", stopTraining: false, reasons: [{ ruleId: "S-OK" }], unansweredFlags: [] });
    expect(typeof result?.advice).toBe("string");
    expect(Object.keys(result ?? {}).sort()).toEqual(["advice", "level", "reasons", "stopTraining", "unansweredFlags"]);
  });

  it("answers NDJSON from stdin, one line per check-in, in order", async () => {
    const input = [firstCheckIn({ sharp: true }), firstCheckIn({ flags: { fever: true } }), firstCheckIn()].map((c) => JSON.stringify(c)).join("\n");
    const r = await runCli(["triage", "--input", "-"], { input });
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((x) => x.level)).toEqual(["see_doctor", "urgent", "self_care"]);
    expect(out[1]?.unansweredFlags).toContain("saddleNumbness");
    expect(out[1]?.unansweredFlags).not.toContain("fever");
  });

  it("prints an error in place of an invalid or non-JSON record and exits 2", async () => {
    const input = [JSON.stringify(firstCheckIn()), JSON.stringify(firstCheckIn({ painNow: 11 })), "{not json", JSON.stringify(firstCheckIn({ flags: { feverish: true } }))].join("\n");
    const r = await runCli(["triage", "--input", "-"], { input });
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out).toHaveLength(4);
    expect(out[0]?.level).toBe("self_care");
    expect(out[1]).toMatchObject({ error: { code: "out_of_range", field: "painNow" } });
    expect(out[2]).toMatchObject({ error: { code: "invalid_json" } });
    expect(out[3]).toMatchObject({ error: { code: "unknown_field", field: "flags.feverish" } });
  });

  it("refuses a future onset, naming the field", async () => {
    const r = await runCli(["triage", "--input", "-"], { input: JSON.stringify(firstCheckIn({ onsetAt: "2099-01-01T00:00:00Z", now: undefined })) });
    expect(r.code).toBe(2);
    expect(lines(r.stdout)).toEqual([{ error: expect.objectContaining({ code: "future_date", field: "onsetAt" }) }]);
  });

  it("command errors (no --input, unreadable file, unknown option, empty input) answer an error line and exit 2", async () => {
    for (const [args, input, field] of [
      [["triage"], "", "input"],
      [["triage", "--input", join(dir, "missing.json")], "", "input"],
      [["triage", "--input", "-", "--bogus"], "", undefined],
      [["triage", "--input", "-"], "\n\n", "input"],
    ] as const) {
      const r = await runCli([...args], { input });
      expect(r.code).toBe(2);
      const out = lines(r.stdout);
      expect(out).toHaveLength(1);
      expect(out[0]?.error?.field).toBe(field);
      expect(r.stderr).toMatch(/usage/);
    }
  });
});
