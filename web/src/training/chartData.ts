import type { TrainingSummary } from "./api";

export interface LoadChartData {
  /** Seconds since the epoch at 00:00 UTC of each date (the chart shows dates in UTC). */
  xs: number[];
  load: number[];
  ewma: (number | null)[];
  rolling: (number | null)[];
}

/** Ratios past this are drawn at the edge: one day's 3.6 after a first session would flatten the band. */
export const ACWR_AXIS_MAX = 2.5;

const clip = (r: number | null) => (r === null ? null : Math.min(r, ACWR_AXIS_MAX));

/**
 * The summary's days as uPlot columns. Ratios while the history is still filling (before
 * minHistoryDays) are left out: they are artefacts of starting from zero, not spikes.
 *
 * @example loadChartData(summary).xs[0] === Date.parse(`${summary.days[0].date}T00:00:00Z`) / 1000
 */
export function loadChartData(summary: Pick<TrainingSummary, "days" | "historyDays" | "settings">): LoadChartData {
  const { days, historyDays, settings } = summary;
  const firstRated = days.length - historyDays + settings.minHistoryDays - 1;
  const rated = (i: number) => i >= firstRated;
  return {
    xs: days.map((d) => Date.parse(`${d.date}T00:00:00Z`) / 1000),
    load: days.map((d) => d.load),
    ewma: days.map((d, i) => (rated(i) ? clip(d.acwrEwma) : null)),
    rolling: days.map((d, i) => (rated(i) ? clip(d.acwrRolling) : null)),
  };
}
