import { describe, expect, it } from "vitest";
import { parseCheckIn, parseFollowUp } from "./index";

const clock = new Date("2026-11-24T20:00:00Z");
const valid = { onsetAt: "2026-11-24T08:00:00+01:00", now: "2026-11-24T18:00:00Z", regions: ["lower_back"], painNow: 4 };

const rejects = (input: unknown, field: string | undefined, code: string) => {
  const r = parseCheckIn(input, clock);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatchObject(field === undefined ? { code } : { code, field });
};

describe("check-in schema (care-rules §1)", () => {
  it("accepts a full check-in and keeps its fields", () => {
    const full = {
      ...valid,
      painWorst24h: 6,
      sharp: false,
      radiation: "buttock_or_thigh",
      trend: "same",
      age: 34,
      flags: { fever: false, saddleNumbness: false },
    };
    const r = parseCheckIn(full, clock);
    expect(r).toEqual({ ok: true, value: full });
  });

  it("defaults now to the clock", () => {
    const { now: _now, ...noNow } = valid;
    const r = parseCheckIn(noNow, clock);
    expect(r.ok && r.value.now).toBe(clock.toISOString());
  });

  it("treats regions as a set", () => {
    const r = parseCheckIn({ ...valid, regions: ["neck", "neck"] }, clock);
    expect(r.ok && r.value.regions).toEqual(["neck"]);
  });

  it("accepts the bounds of every number", () => {
    for (const painNow of [0, 10]) expect(parseCheckIn({ ...valid, painNow, painWorst24h: 10 }, clock).ok).toBe(true);
    for (const age of [12, 120]) expect(parseCheckIn({ ...valid, age }, clock).ok).toBe(true);
  });

  it("accepts an onset equal to now", () => {
    expect(parseCheckIn({ ...valid, onsetAt: valid.now }, clock).ok).toBe(true);
  });

  it.each([
    [{ ...valid, painNow: 11 }, "painNow", "out_of_range"],
    [{ ...valid, painNow: -1 }, "painNow", "out_of_range"],
    [{ ...valid, painNow: 4.5 }, "painNow", "invalid_type"],
    [{ ...valid, painNow: "4" }, "painNow", "invalid_type"],
    [{ ...valid, painWorst24h: 3 }, "painWorst24h", "invalid_value"],
    [{ ...valid, age: 11 }, "age", "out_of_range"],
    [{ ...valid, age: 121 }, "age", "out_of_range"],
    [{ ...valid, regions: [] }, "regions", "invalid_value"],
    [{ ...valid, regions: ["foot"] }, "regions.0", "invalid_value"],
    [{ ...valid, regions: "neck" }, "regions", "invalid_type"],
    [{ ...valid, onsetAt: "2026-11-24T19:00:00Z" }, "onsetAt", "future_date"],
    [{ ...valid, onsetAt: "2026-11-24T08:00:00" }, "onsetAt", "invalid_value"],
    [{ ...valid, onsetAt: "yesterday" }, "onsetAt", "invalid_value"],
    [{ ...valid, onsetAt: "0000-01-01T00:00:00+14:00" }, "onsetAt", "invalid_value"],
    [{ ...valid, onsetAt: "1899-12-31T23:59:59Z" }, "onsetAt", "invalid_value"],
    [{ ...valid, now: "soon" }, "now", "invalid_value"],
    [{ ...valid, radiation: "leg" }, "radiation", "invalid_value"],
    [{ ...valid, trend: "up" }, "trend", "invalid_value"],
    [{ ...valid, sharp: "yes" }, "sharp", "invalid_type"],
    [{ ...valid, extra: 1 }, "extra", "unknown_field"],
    [{ ...valid, flags: { feverish: true } }, "flags.feverish", "unknown_field"],
    [{ ...valid, flags: { fever: "no" } }, "flags.fever", "invalid_type"],
    [{ regions: ["neck"], painNow: 1 }, "onsetAt", "required"],
    [{ onsetAt: valid.onsetAt, painNow: 1 }, "regions", "required"],
  ])("rejects %j naming %s", (input, field, code) => rejects(input, field, code));

  it("rejects a non-object without a field", () => {
    rejects(null, undefined, "invalid_type");
    rejects([valid], undefined, "invalid_type");
  });

  it("follow-ups take the episode's onset and refuse their own", () => {
    const r = parseFollowUp({ regions: ["neck"], painNow: 2, now: valid.now }, valid.onsetAt, clock);
    expect(r.ok && r.value.onsetAt).toBe(valid.onsetAt);
    const bad = parseFollowUp({ onsetAt: valid.onsetAt, regions: ["neck"], painNow: 2 }, valid.onsetAt, clock);
    expect(!bad.ok && bad.error.field).toBe("onsetAt");
  });
});
