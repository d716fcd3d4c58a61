import { describe, expect, it } from "vitest";
import { firstCheckIn } from "../helpers/checkins";
import { runCli } from "../helpers/spawn";

const lines = (out: string) => out.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any

describe("backcoach plan", () => {
  it("prints one plan per check-in in the zone, days from local today through onset + 14", async () => {
    const input = [firstCheckIn(), firstCheckIn({ flags: { majorTrauma: true } })].map((c) => JSON.stringify(c)).join("\n");
    const r = await runCli(["plan", "--input", "-", "--tz", "Asia/Kathmandu"], { input });
    expect(r.code).toBe(0);
    const [selfCare, emergency] = lines(r.stdout);
    expect(selfCare).toMatchObject({ level: "self_care", timeZone: "Asia/Kathmandu" });
    expect(selfCare?.days[0].date).toBe("2026-10-01");
    expect(selfCare?.days.at(-1).date).toBe("2026-10-15");
    expect(selfCare?.days[0].items.find((i: { kind: string }) => i.kind === "cold").startsAt).toBe("2026-10-01T07:00:00.000Z");
    expect(emergency?.level).toBe("emergency");
    expect(emergency?.days.flatMap((d: { items: unknown[] }) => d.items)).toEqual([expect.objectContaining({ kind: "action", ruleIds: ["P-EMERG", "E-TRAUMA"] })]);
  });

  it("prints an error in place of an invalid check-in and exits 2", async () => {
    const input = [JSON.stringify(firstCheckIn({ regions: [] })), JSON.stringify(firstCheckIn())].join("\n");
    const r = await runCli(["plan", "--input", "-", "--tz", "Europe/Berlin"], { input });
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out[0]).toMatchObject({ error: { code: "invalid_value", field: "regions" } });
    expect(out[1]?.level).toBe("self_care");
  });

  it("refuses a missing or unknown zone, naming tz, before reading any input", async () => {
    for (const args of [["plan", "--input", "-"], ["plan", "--input", "-", "--tz", "Mars/Olympus"], ["plan", "--input", "-", "--tz", ""]]) {
      const r = await runCli(args, { input: JSON.stringify(firstCheckIn()) });
      expect(r.code).toBe(2);
      expect(lines(r.stdout)).toEqual([{ error: expect.objectContaining({ field: "tz" }) }]);
    }
  });
});
