import { REGIONS, type Region } from "../../../src/core/checkin/schema";
import { REGION_LABELS } from "../check/regions";

export interface Rating {
  at: string;
  painNow: number;
  regions: readonly Region[];
}
export type SeriesKey = Region | "unspecified";
export interface ChartSeries {
  key: SeriesKey;
  label: string;
  values: (number | null)[];
}
export interface ChartData {
  /** Seconds since the epoch, ascending, one per distinct moment. */
  xs: number[];
  series: ChartSeries[];
}

/**
 * Pain over time, one series per region (a rating counts for every region it names; one
 * without regions goes to "unspecified"). Gaps are null so each line joins only its own points.
 */
export function chartData(ratings: readonly Rating[]): ChartData {
  const sorted = [...ratings].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const xs = [...new Set(sorted.map((r) => Math.floor(Date.parse(r.at) / 1000)))];
  const index = new Map(xs.map((x, i) => [x, i]));
  const keys: SeriesKey[] = [...REGIONS, "unspecified"];
  const series = keys
    .map((key): ChartSeries => {
      const values: (number | null)[] = xs.map(() => null);
      for (const r of sorted) {
        const hit = key === "unspecified" ? r.regions.length === 0 : r.regions.includes(key);
        if (hit) values[index.get(Math.floor(Date.parse(r.at) / 1000)) ?? 0] = r.painNow;
      }
      return { key, label: key === "unspecified" ? "No region given" : REGION_LABELS[key], values };
    })
    .filter((s) => s.values.some((v) => v !== null));
  return { xs, series };
}
