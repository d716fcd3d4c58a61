import { describe, expect, it } from "vitest";
import { loadChartData } from "./chartData";

const day = (date: string, load: number, ratio: number | null) => ({
  date, load, volumeLoad: 0, estimated: false, acute: 0, chronic: 0, acwrEwma: ratio, acute7: 0, chronic28: 0, acwrRolling: ratio,
});
const settings = { acwrLow: 0.8, acwrCaution: 1.3, acwrSpike: 1.5, minHistoryDays: 3 };

describe("loadChartData", () => {
  it("gives UTC-midnight x values and hides ratios until the history is long enough", () => {
    // 4 days shown, 4 days of history: ratios from the 3rd day on
    const d = loadChartData({ days: [day("2026-11-01", 100, 4), day("2026-11-02", 0, 2), day("2026-11-03", 50, 1.1), day("2026-11-04", 0, 0.9)], historyDays: 4, settings });
    expect(d.xs).toEqual([Date.UTC(2026, 10, 1) / 1000, Date.UTC(2026, 10, 2) / 1000, Date.UTC(2026, 10, 3) / 1000, Date.UTC(2026, 10, 4) / 1000]);
    expect(d.load).toEqual([100, 0, 50, 0]);
    expect(d.ewma).toEqual([null, null, 1.1, 0.9]);
  });

  it("shows every ratio when the history began before the days shown, clipped at the axis top", () => {
    const d = loadChartData({ days: [day("2026-11-01", 900, 3.2), day("2026-11-02", 0, null)], historyDays: 40, settings });
    expect(d.rolling).toEqual([2.5, null]);
  });
});
