import { TZDate } from "@date-fns/tz";
import { startOfDay } from "date-fns";
import { describe, expect, it } from "vitest";
import { dayStartMs, isoDate, localClock, localDay } from "./zone";

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const start = (zone: string, date: string) => new Date(dayStartMs(zone, dayOf(date))).toISOString();

describe("zone arithmetic", () => {
  it("finds local midnight across DST changes (Europe/Berlin, America/New_York)", () => {
    expect(start("Europe/Berlin", "2026-03-29")).toBe("2026-03-28T23:00:00.000Z");
    expect(start("Europe/Berlin", "2026-03-30")).toBe("2026-03-29T22:00:00.000Z");
    expect(start("Europe/Berlin", "2026-10-25")).toBe("2026-10-24T22:00:00.000Z");
    expect(start("Europe/Berlin", "2026-10-26")).toBe("2026-10-25T23:00:00.000Z");
    expect(start("America/New_York", "2026-03-08")).toBe("2026-03-08T05:00:00.000Z");
    expect(start("America/New_York", "2026-03-09")).toBe("2026-03-09T04:00:00.000Z");
    expect(start("America/New_York", "2026-11-01")).toBe("2026-11-01T04:00:00.000Z");
    expect(start("America/New_York", "2026-11-02")).toBe("2026-11-02T05:00:00.000Z");
  });

  it("handles half- and quarter-hour zones and Lord Howe's half-hour DST", () => {
    expect(start("Asia/Kolkata", "2026-11-24")).toBe("2026-11-23T18:30:00.000Z");
    expect(start("Asia/Kathmandu", "2026-11-24")).toBe("2026-11-23T18:15:00.000Z");
    expect(start("Australia/Adelaide", "2026-10-04")).toBe("2026-10-03T14:30:00.000Z");
    expect(start("Australia/Adelaide", "2026-10-05")).toBe("2026-10-04T13:30:00.000Z");
    expect(start("Australia/Lord_Howe", "2026-10-04")).toBe("2026-10-03T13:30:00.000Z");
    expect(start("Australia/Lord_Howe", "2026-10-05")).toBe("2026-10-04T13:00:00.000Z");
  });

  it("starts the day at the change when midnight is skipped (America/Santiago, 2026-09-06)", () => {
    // Chile moves from -04 to -03 at 24:00, so 6 September begins at 01:00 local.
    expect(start("America/Santiago", "2026-09-06")).toBe("2026-09-06T04:00:00.000Z");
    expect(localClock("America/Santiago", Date.parse("2026-09-06T04:00:00Z"))).toBe("01:00");
    expect(start("America/Santiago", "2026-04-05")).toBe("2026-04-05T04:00:00.000Z");
  });

  it("agrees with TZDate's startOfDay and local dates over a year of days in many zones", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Australia/Adelaide", "Pacific/Chatham", "America/St_Johns", "Africa/Casablanca", "UTC"];
    for (const zone of zones)
      for (let d = dayOf("2026-01-01"); d < dayOf("2027-01-01"); d += 1) {
        const ours = dayStartMs(zone, d);
        const local = new TZDate(ours, zone);
        expect(isoDate(localDay(zone, ours))).toBe(isoDate(d));
        expect(+startOfDay(local)).toBe(ours);
        expect(localDay(zone, ours - 1)).toBe(d - 1);
      }
  });
});
