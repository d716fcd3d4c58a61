import { describe, expect, it } from "vitest";
import { parseCheckIn } from "../checkin";
import { FLAG_KEYS } from "../checkin/schema";
import { plan } from "../plan";
import { returnFromPlan } from "./return-week";

const flags = Object.fromEntries(FLAG_KEYS.map((k) => [k, false]));
const checkIn = (now: string, painNow: number) => {
  const r = parseCheckIn({ onsetAt: "2026-11-24T08:00:00Z", now, regions: ["lower_back"], painNow, flags }, new Date(now));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
// Pain 1 on the 29th and the 30th: P-RETURN lets training start on 30 November (the plan's first day).
const diary = [{ at: "2026-11-29T18:00:00Z", painNow: 1 }];
const returning = plan(checkIn("2026-11-30T09:00:00Z", 1), "UTC", { diary, preEpisodeWeeklyLoad: 1000 });

describe("returnFromPlan (P-RETURN week in force)", () => {
  it("reads the day's cap and the 7-day block it falls in", () => {
    expect(returnFromPlan(returning, "2026-11-30", "ep", 1000)).toEqual({ episodeId: "ep", preEpisodeWeeklyLoad: 1000, week: 1, weekStart: "2026-11-30", cap: 500 });
    expect(returnFromPlan(returning, "2026-12-07", "ep", 1000)).toEqual({ episodeId: "ep", preEpisodeWeeklyLoad: 1000, week: 2, weekStart: "2026-12-07", cap: 550 });
  });

  it("is null outside the plan and when the plan allows no training", () => {
    expect(returnFromPlan(returning, "2027-02-01", "ep", 1000)).toBeNull();
    const stillSore = plan(checkIn("2026-11-30T09:00:00Z", 4), "UTC", { diary, preEpisodeWeeklyLoad: 1000 });
    expect(returnFromPlan(stillSore, "2026-11-30", "ep", 1000)).toBeNull();
  });
});
