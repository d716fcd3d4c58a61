import { describe, expect, it } from "vitest";
import { dailyLoad, sessionDayLoads } from "./daily-load";
import { dateToDay, dayToDate } from "./day";

describe("daily load series", () => {
  it("sums several sessions a day, in any order, with empty days as 0", () => {
    const d = dailyLoad([
      { day: 12, load: 240 },
      { day: 10, load: 300 },
      { day: 10, load: 40 },
    ]);
    expect(d).toEqual({ firstDay: 10, loads: [340, 0, 240] }); // day 10: 300 + 40
  });

  it("has no days without sessions", () => {
    expect(dailyLoad([]).loads).toEqual([]);
  });

  it("buckets sessions by local day in the zone, across a DST change", () => {
    const sessions = [
      // 23:30Z on 28 March is 00:30 CET on the 29th in Berlin, still the 28th in UTC
      { startedAt: "2026-03-28T23:30:00Z", minutes: 60, rpe: 5 }, // 300
      // 22:30Z on 29 March is 00:30 CEST on the 30th (the clocks went forward at 01:00Z)
      { startedAt: "2026-03-29T22:30:00Z", minutes: 30, rpe: 8 }, // 240
      { startedAt: "2026-03-29T12:00:00+02:00", minutes: 20, rpe: 2 }, // 40, the 29th everywhere
    ];
    const berlin = dailyLoad(sessionDayLoads(sessions, "Europe/Berlin"));
    expect(dayToDate(berlin.firstDay)).toBe("2026-03-29");
    expect(berlin.loads).toEqual([340, 240]); // 29th: 300 + 40; 30th: 240
    const utc = dailyLoad(sessionDayLoads(sessions, "UTC"));
    expect(utc.firstDay).toBe(dateToDay("2026-03-28"));
    expect(utc.loads).toEqual([300, 280]); // 28th: 300; 29th: 240 + 40
  });
});
