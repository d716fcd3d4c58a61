import { describe, expect, it } from "vitest";
import { firstPeak, notImprovingFromDiary, worseningFromDiary } from "./trend";

const HOUR = 3_600_000;
const onsetAt = "2026-03-27T22:00:00Z";
const at = (hours: number) => new Date(Date.parse(onsetAt) + hours * HOUR).toISOString();
const p = (hours: number, painNow: number) => ({ at: at(hours), painNow });

describe("diary trend", () => {
  it("firstPeak: the highest rating in [onset, onset + 72 h); none before onset or from 72 h on", () => {
    expect(firstPeak([p(-1, 10), p(0, 4), p(71.9, 6), p(72, 9)], onsetAt)).toBe(6);
    expect(firstPeak([p(-1, 10), p(72, 9)], onsetAt)).toBeUndefined();
  });

  describe("D-NOTIMPROVING (mean of the last 3 days against 70% of the first-72-h peak)", () => {
    const now = at(14 * 24);
    it("D-NOTIMPROVING: more than 70% fires, exactly 70% does not", () => {
      expect(notImprovingFromDiary([p(10, 10), p(14 * 24 - 1, 7), p(14 * 24, 8)], onsetAt, now)).toBe(true);
      expect(notImprovingFromDiary([p(10, 10), p(14 * 24 - 1, 7), p(14 * 24, 7)], onsetAt, now)).toBe(false);
    });
    it("D-NOTIMPROVING: the last 3 days are the 24-h windows back from now: 72 h before now is out, just after is in", () => {
      const points = [p(10, 10), p(14 * 24, 10)];
      expect(notImprovingFromDiary([...points, p(11 * 24, 0)], onsetAt, now)).toBe(true);
      expect(notImprovingFromDiary([...points, p(11 * 24 + 0.01, 0)], onsetAt, now)).toBe(false);
    });
    it("D-NOTIMPROVING: ratings after now do not count", () => {
      expect(notImprovingFromDiary([p(10, 10), p(14 * 24, 2), p(14 * 24 + 1, 10)], onsetAt, now)).toBe(false);
    });
    it("D-NOTIMPROVING: undefined (fall back to trend) when a window is empty", () => {
      expect(notImprovingFromDiary([p(14 * 24, 9)], onsetAt, now)).toBeUndefined();
      expect(notImprovingFromDiary([p(10, 9)], onsetAt, now)).toBeUndefined();
      expect(notImprovingFromDiary([], onsetAt, now)).toBeUndefined();
    });
  });

  describe("D-WORSE (last 2 days against the 2 days before)", () => {
    const now = at(5 * 24);
    it("D-WORSE: 2 points worse fires, 1.9 does not", () => {
      expect(worseningFromDiary([p(2 * 24, 3), p(4 * 24, 5)], onsetAt, now)).toBe(true);
      const recent = [...Array.from({ length: 9 }, (_, i) => p(4 * 24 + i, 5)), p(4 * 24 + 10, 4)];
      expect(worseningFromDiary([p(2 * 24, 3), ...recent], onsetAt, now)).toBe(false);
    });
    it("D-WORSE: the window boundary 48 h before now belongs to the earlier window", () => {
      expect(worseningFromDiary([p(1.5 * 24, 3), p(3 * 24, 5), p(5 * 24, 5)], onsetAt, now)).toBe(false);
      expect(worseningFromDiary([p(1.5 * 24, 3), p(3 * 24 + 0.01, 5), p(5 * 24, 5)], onsetAt, now)).toBe(true);
    });
    it("D-WORSE: undefined (fall back to trend) when either window is empty; ratings before onset do not count", () => {
      expect(worseningFromDiary([p(4 * 24, 9)], onsetAt, now)).toBeUndefined();
      expect(worseningFromDiary([p(2 * 24, 1)], onsetAt, now)).toBeUndefined();
      expect(worseningFromDiary([p(-1, 0), p(60, 8)], onsetAt, at(70))).toBeUndefined();
    });
  });
});
