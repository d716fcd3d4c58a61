import { describe, expect, it } from "vitest";
import { returnOverrun } from "./returnCheck";

const status = { episodeId: "e", week: 1, weekStart: "2026-11-23", cap: 500, logged: 300, remaining: 200, preEpisodeWeeklyLoad: 1000 };

describe("returnOverrun (P-RETURN on the logger)", () => {
  it("warns when the session would pass the week's cap", () => {
    expect(returnOverrun(status, "2026-11-25", 240)).toEqual({ cap: 500, remaining: 200, load: 240 });
    expect(returnOverrun(status, "2026-11-29", 200)).toBeNull(); // exactly the cap
  });
  it("counts an edited session once", () => {
    // it was 150 of the 300 logged: 150 + 300 = 450 ≤ 500
    expect(returnOverrun(status, "2026-11-24", 300, { date: "2026-11-24", load: 150 })).toBeNull();
    // moved in from an earlier week: nothing of it was counted
    expect(returnOverrun(status, "2026-11-24", 300, { date: "2026-11-16", load: 150 })).toEqual({ cap: 500, remaining: 200, load: 300 });
  });
  it("says nothing outside the return week or without a return", () => {
    expect(returnOverrun(status, "2026-11-30", 900)).toBeNull();
    expect(returnOverrun(status, "2026-11-22", 900)).toBeNull();
    expect(returnOverrun(null, "2026-11-25", 900)).toBeNull();
  });
});
