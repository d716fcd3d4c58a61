import { describe, expect, it } from "vitest";
import { trendSummary } from "./summary";

const HOUR = 3_600_000;
const onsetAt = "2026-10-24T06:00:00Z";
const at = (hours: number) => new Date(Date.parse(onsetAt) + hours * HOUR).toISOString();
const p = (hours: number, painNow: number) => ({ at: at(hours), painNow });

describe("trendSummary", () => {
  const now = at(8 * 24);
  it("compares the last 3 days with the worst of the first 3, to the nearest 10%", () => {
    expect(trendSummary([p(5, 6), p(20, 8), p(7 * 24, 5), p(8 * 24, 4)], onsetAt, now)).toBe(
      "Your pain is about 40% better than at its worst in the first 3 days.",
    );
    expect(trendSummary([p(5, 4), p(7 * 24, 6)], onsetAt, now)).toBe(
      "Your pain is about 50% worse than at its worst in the first 3 days.",
    );
    expect(trendSummary([p(5, 8), p(7 * 24, 8), p(7 * 24 + 1, 8), p(7 * 24 + 2, 7)], onsetAt, now)).toBe(
      "Your pain is about the same as at its worst in the first 3 days.",
    );
  });
  it("says when the pain has gone, or was nil at first", () => {
    expect(trendSummary([p(5, 8), p(7 * 24, 0)], onsetAt, now)).toBe("No pain recorded over the last 3 days.");
    expect(trendSummary([p(5, 0), p(7 * 24, 2)], onsetAt, now)).toMatch(/higher than in the first 3 days/);
  });
  it("says when it cannot tell: too early, or a window without entries", () => {
    expect(trendSummary([p(5, 8), p(60, 4)], onsetAt, at(71))).toMatch(/^Too early/);
    expect(trendSummary([p(7 * 24, 4)], onsetAt, now)).toMatch(/^Not enough diary entries/);
    expect(trendSummary([p(5, 4)], onsetAt, now)).toMatch(/^Not enough diary entries/);
  });
  it("leaves the first 72 h out of the recent window on days 3 to 6", () => {
    expect(trendSummary([p(5, 10), p(70, 10), p(80, 5)], onsetAt, at(96))).toBe(
      "Your pain is about 50% better than at its worst in the first 3 days.",
    );
  });
});
