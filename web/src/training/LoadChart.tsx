import { useEffect, useMemo, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { TrainingSummary } from "./api";
import { ACWR_AXIS_MAX, loadChartData } from "./chartData";

const COLOURS = { load: "#9bb7d0", ewma: "#1d4f7a", rolling: "#b54708", band: "rgba(30, 123, 58, 0.14)" };

/** Shades the usual ACWR band (0.8–1.3 by default) behind the series. */
function bandPlugin(low: number, high: number): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u) => {
        const top = u.valToPos(high, "acwr", true);
        const bottom = u.valToPos(low, "acwr", true);
        u.ctx.save();
        u.ctx.fillStyle = COLOURS.band;
        u.ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
        u.ctx.restore();
      },
    },
  };
}

/** Daily load (bars, left axis) and ACWR by EWMA and rolling sums (lines, right axis) with the usual band shaded. */
export function LoadChart({ summary }: { summary: TrainingSummary }) {
  const box = useRef<HTMLDivElement>(null);
  const data = useMemo(() => loadChartData(summary), [summary]);
  const { acwrLow, acwrCaution } = summary.settings;
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = Math.max(280, el.clientWidth);
    const bars = uPlot.paths.bars!({ size: [0.7, 40] });
    const plot = new uPlot(
      {
        width,
        height: 260,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        // Dates are calendar days, drawn as UTC midnights so no zone shifts them.
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
        scales: { x: { time: true }, load: { range: (_u, _min, max) => [0, Math.max(100, max * 1.1)] }, acwr: { range: [0, ACWR_AXIS_MAX] } },
        axes: [
          { stroke: "#1b1f24", grid: { stroke: "#e4e8ec" } },
          { scale: "load", stroke: "#1b1f24", grid: { stroke: "#e4e8ec" }, label: "Load (RPE × min)", size: 56 },
          { scale: "acwr", side: 1, stroke: "#1b1f24", grid: { show: false }, label: "ACWR", size: 44, splits: () => [0, 0.5, acwrLow, acwrCaution, 2, ACWR_AXIS_MAX] },
        ],
        series: [
          {},
          { label: "Daily load", scale: "load", stroke: COLOURS.load, fill: COLOURS.load, paths: bars, points: { show: false } },
          { label: "ACWR (EWMA)", scale: "acwr", stroke: COLOURS.ewma, width: 2.5, spanGaps: false, points: { show: false } },
          { label: "ACWR (rolling)", scale: "acwr", stroke: COLOURS.rolling, width: 2, dash: [8, 4], spanGaps: false, points: { show: false } },
        ],
        plugins: [bandPlugin(acwrLow, acwrCaution)],
      },
      [data.xs, data.load, data.ewma, data.rolling],
      el,
    );
    const onResize = () => plot.setSize({ width: Math.max(280, el.clientWidth), height: 260 });
    window.addEventListener("resize", onResize);
    return () => {
      window.removeEventListener("resize", onResize);
      plot.destroy();
    };
  }, [data, acwrLow, acwrCaution]);

  const last = summary.days.at(-1);
  const ratio = (r: number | null | undefined) => (r === null || r === undefined ? "none yet" : r.toFixed(2));
  return (
    <figure>
      <div
        ref={box}
        className="chart load-chart"
        role="img"
        aria-label={`Chart of daily training load over the last ${summary.days.length} days, with the acute:chronic ratio against the usual band of ${acwrLow} to ${acwrCaution}. Today: EWMA ratio ${ratio(last?.acwrEwma)}, rolling ratio ${ratio(last?.acwrRolling)}. The table below has the numbers.`}
      />
      <ul className="chart-legend" aria-label="Chart key">
        <li>
          <svg width="28" height="12" aria-hidden="true">
            <rect x="8" y="0" width="12" height="12" fill={COLOURS.load} />
          </svg>
          Daily load
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" stroke={COLOURS.ewma} strokeWidth="3" />
          </svg>
          Ratio, weighted average
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" stroke={COLOURS.rolling} strokeWidth="3" strokeDasharray="8 4" />
          </svg>
          Ratio, 7 and 28-day totals
        </li>
        <li>
          <svg width="28" height="12" aria-hidden="true">
            <rect x="0" y="0" width="28" height="12" fill={COLOURS.band} stroke="#1e7b3a" />
          </svg>
          Usual range {acwrLow}–{acwrCaution}
        </li>
      </ul>
    </figure>
  );
}
