import { describe, expect, it } from "vitest";
import { dateToDay, dayToDate } from "./day";
import { weeklyLoad } from "./weekly";

// 2026-11-23 is a Monday
const monday = dateToDay("2026-11-23");

describe("T-WEEKLY", () => {
  it("sums Monday-to-Sunday weeks and flags a rise of more than 10%", () => {
    // week 1: Wed 300 + Sat 400 = 700; week 2: Mon 300 + Thu 500 = 800 (+14.3%); week 3: Tue 880 (+10% exactly)
    const loads = new Array(15).fill(0);
    loads[0] = 300; // Wed 25 Nov
    loads[3] = 400; // Sat 28 Nov
    loads[5] = 300; // Mon 30 Nov
    loads[8] = 500; // Thu 3 Dec
    loads[13] = 880; // Tue 8 Dec
    const weeks = weeklyLoad({ firstDay: monday + 2, loads });
    expect(weeks.map((w) => dayToDate(w.weekStart))).toEqual(["2026-11-23", "2026-11-30", "2026-12-07"]);
    expect(weeks[0]).toEqual({ weekStart: monday, load: 700, previous: null, change: null, caution: false });
    expect(weeks[1]?.load).toBe(800);
    expect(weeks[1]?.change).toBeCloseTo(800 / 700 - 1, 12); // ≈ 0.142857
    expect(weeks[1]?.caution).toBe(true);
    expect(weeks[2]?.load).toBe(880);
    expect(weeks[2]?.change).toBeCloseTo(0.1, 12); // 880 / 800 − 1 = 0.10: not more than 10%
    expect(weeks[2]?.caution).toBe(false);
  });

  it("does not flag a drop", () => {
    const loads = [1000, 0, 0, 0, 0, 0, 0, 500];
    const weeks = weeklyLoad({ firstDay: monday, loads });
    expect(weeks[1]).toMatchObject({ load: 500, previous: 1000, change: -0.5, caution: false });
  });

  it("has no comparison after an idle week", () => {
    // week 1: 400; week 2: nothing; week 3: 400
    const loads = new Array(15).fill(0);
    loads[0] = 400;
    loads[14] = 400;
    const weeks = weeklyLoad({ firstDay: monday, loads });
    expect(weeks[1]).toMatchObject({ load: 0, previous: 400, change: -1, caution: false });
    expect(weeks[2]).toMatchObject({ load: 400, previous: 0, change: null, caution: false });
  });

  it("is empty without days", () => {
    expect(weeklyLoad({ firstDay: 0, loads: [] })).toEqual([]);
  });
});
