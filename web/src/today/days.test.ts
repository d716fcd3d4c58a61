import { afterEach, describe, expect, it } from "vitest";
import type { Plan } from "../../../src/core/plan/schema";
import { setClock } from "../clock";
import { comingDays, dayLabel, localDate, todayOf } from "./days";

const plan = (timeZone: string, dates: string[]): Plan => ({ level: "self_care", timeZone, days: dates.map((date) => ({ date, items: [] })) });
const at = (iso: string) => setClock({ now: () => Date.parse(iso) });

describe("plan days in the user's time zone", () => {
  afterEach(() => setClock());

  it("picks today by the plan's zone, not the device's", () => {
    at("2026-11-24T23:30:00Z");
    const dates = ["2026-11-24", "2026-11-25", "2026-11-26"];
    expect(todayOf(plan("America/New_York", dates))?.date).toBe("2026-11-24");
    expect(todayOf(plan("Europe/Berlin", dates))?.date).toBe("2026-11-25");
    expect(comingDays(plan("Europe/Berlin", dates)).map((d) => d.date)).toEqual(["2026-11-26"]);
  });

  it("keeps the local date right across a DST change", () => {
    // Europe/Berlin leaves summer time at 03:00 local on 25 October 2026.
    expect(localDate(new Date("2026-10-24T22:30:00Z"), "Europe/Berlin")).toBe("2026-10-25");
    expect(localDate(new Date("2026-10-25T22:30:00Z"), "Europe/Berlin")).toBe("2026-10-25");
    expect(localDate(new Date("2026-10-25T23:00:00Z"), "Europe/Berlin")).toBe("2026-10-26");
  });

  it("has no today outside the plan's days", () => {
    at("2026-12-24T12:00:00Z");
    expect(todayOf(plan("UTC", ["2026-11-24"]))).toBeUndefined();
    expect(todayOf(undefined)).toBeUndefined();
  });

  it("labels a date without shifting it", () => {
    expect(dayLabel("2026-11-25")).toBe("Wed 25 Nov");
  });
});
