import { describe, expect, it } from "vitest";
import { checkReturnSession, returnCap, returnWeek } from "./return-cap";

describe("P-RETURN cap", () => {
  it("allows 50% the first week, then +10% a week, up to the pre-episode load", () => {
    // pre-episode 1000: 500, 500 × 1.1 = 550, 550 × 1.1 = 605, 605 × 1.1 = 665.5, 732.05, 805.255 → 805.26
    expect([1, 2, 3, 4, 5, 6].map((w) => returnCap(1000, w))).toEqual([500, 550, 605, 665.5, 732.05, 805.26]);
    // week 8: 500 × 1.1^7 ≈ 974.36; week 9: 500 × 1.1^8 ≈ 1071.79 → capped at 1000
    expect(returnCap(1000, 8)).toBe(974.36);
    expect(returnCap(1000, 9)).toBe(1000);
    expect(returnCap(0, 1)).toBe(0);
  });

  it("counts return weeks as 7-day blocks from the start day", () => {
    expect(returnWeek(100, 99)).toBeNull();
    expect(returnWeek(100, 100)).toBe(1);
    expect(returnWeek(100, 106)).toBe(1);
    expect(returnWeek(100, 107)).toBe(2);
  });

  it("tells whether a logged session would exceed the week's cap", () => {
    const base = { preEpisodeWeeklyLoad: 1200, startDay: 100 };
    // week 1 cap 600; logged 180 (day 100) + 240 (day 102); day 96 is before the return, day 107 in week 2
    const logged = [
      { day: 96, load: 900 },
      { day: 100, load: 180 },
      { day: 102, load: 240 },
      { day: 107, load: 300 },
    ];
    // + 150 on day 104: 420 + 150 = 570 ≤ 600, 30 left
    expect(checkReturnSession({ ...base, logged, session: { day: 104, load: 150 } })).toEqual({ week: 1, cap: 600, before: 420, after: 570, exceeds: false, remaining: 30 });
    // + 200 on day 105: 620 > 600
    expect(checkReturnSession({ ...base, logged, session: { day: 105, load: 200 } })).toMatchObject({ after: 620, exceeds: true, remaining: 0 });
    // week 2 cap 1200 × 0.5 × 1.1 = 660; logged 300 on day 107; + 360 = 660: at the cap, not over
    expect(checkReturnSession({ ...base, logged, session: { day: 110, load: 360 } })).toMatchObject({ week: 2, cap: 660, before: 300, after: 660, exceeds: false });
  });

  it("has nothing to say about a session before the return", () => {
    expect(checkReturnSession({ preEpisodeWeeklyLoad: 1000, startDay: 100, logged: [], session: { day: 99, load: 999 } })).toBeNull();
  });
});
