import { describe, expect, it } from "vitest";
import { chartData } from "./chartData";

describe("diary chart data", () => {
  it("makes one series per region, aligned on the moments, with gaps as null", () => {
    const d = chartData([
      { at: "2026-11-25T08:00:00Z", painNow: 5, regions: ["lower_back", "neck"] },
      { at: "2026-11-24T08:00:00Z", painNow: 7, regions: ["lower_back"] },
      { at: "2026-11-26T08:00:00Z", painNow: 2, regions: [] },
    ]);
    expect(d.xs).toEqual([1795507200, 1795593600, 1795680000]);
    expect(d.series).toEqual([
      { key: "neck", label: "Neck", values: [null, 5, null] },
      { key: "lower_back", label: "Lower back", values: [7, 5, null] },
      { key: "unspecified", label: "No region given", values: [null, null, 2] },
    ]);
  });

  it("is empty without ratings", () => {
    expect(chartData([])).toEqual({ xs: [], series: [] });
  });
});
