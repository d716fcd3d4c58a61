import { useEffect, useMemo, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { chartData, type Rating, type SeriesKey } from "./chartData";

/** Colour and dash per series, so lines differ by more than colour. */
const STYLE: Record<SeriesKey, { stroke: string; dash: number[] }> = {
  neck: { stroke: "#7b3fa0", dash: [] },
  upper_back: { stroke: "#1d4f7a", dash: [10, 4] },
  mid_back: { stroke: "#b54708", dash: [3, 3] },
  lower_back: { stroke: "#1e7b3a", dash: [12, 4, 3, 4] },
  unspecified: { stroke: "#4a5360", dash: [1, 4] },
};

export interface Marks {
  onsetAt?: string;
  checkIns: string[];
}

/** Draws the episode's onset (solid red) and its check-ins (dashed grey) as vertical lines. */
function markPlugin(marks: Marks): uPlot.Plugin {
  const line = (u: uPlot, at: string, color: string, dash: number[]) => {
    const x = u.valToPos(Date.parse(at) / 1000, "x", true);
    if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
    const ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = color;
    ctx.lineWidth = 2 * devicePixelRatio;
    ctx.setLineDash(dash.map((d) => d * devicePixelRatio));
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.restore();
  };
  return {
    hooks: {
      draw: (u) => {
        if (marks.onsetAt) line(u, marks.onsetAt, "#b3261e", []);
        for (const c of marks.checkIns) line(u, c, "#4a5360", [4, 4]);
      },
    },
  };
}

export function DiaryChart({ ratings, marks, from, to }: { ratings: readonly Rating[]; marks: Marks; from: number; to: number }) {
  const box = useRef<HTMLDivElement>(null);
  const data = useMemo(() => chartData(ratings), [ratings]);
  const summary = data.series.map((s) => s.label).join(", ");
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = Math.max(280, el.clientWidth);
    const plot = new uPlot(
      {
        width,
        height: 240,
        legend: { show: false },
        cursor: { show: true, drag: { x: false, y: false } },
        scales: { x: { time: true, range: [from / 1000, to / 1000] }, y: { range: [0, 10] } },
        axes: [
          { stroke: "#1b1f24", grid: { stroke: "#e4e8ec" } },
          { stroke: "#1b1f24", grid: { stroke: "#e4e8ec" }, splits: () => [0, 2, 4, 6, 8, 10], label: "Pain 0–10", size: 50 },
        ],
        series: [
          {},
          ...data.series.map((s) => ({
            label: s.label,
            stroke: STYLE[s.key].stroke,
            dash: STYLE[s.key].dash,
            width: 2.5,
            spanGaps: true,
            points: { show: true, size: 7 },
          })),
        ],
        plugins: [markPlugin(marks)],
      },
      [data.xs, ...data.series.map((s) => s.values)],
      el,
    );
    const onResize = () => plot.setSize({ width: Math.max(280, el.clientWidth), height: 240 });
    window.addEventListener("resize", onResize);
    return () => {
      window.removeEventListener("resize", onResize);
      plot.destroy();
    };
  }, [data, marks, from, to]);
  return (
    <figure>
      <div ref={box} className="chart" role="img" aria-label={`Chart of pain from 0 to 10 over time: ${summary || "no ratings yet"}. The table below has the same numbers.`} />
      <ul className="chart-legend" aria-label="Chart key">
        {data.series.map((s) => (
          <li key={s.key}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="28" y2="5" stroke={STYLE[s.key].stroke} strokeWidth="3" strokeDasharray={STYLE[s.key].dash.join(" ")} />
            </svg>
            {s.label}
          </li>
        ))}
        {marks.onsetAt && (
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="14" y1="0" x2="14" y2="10" stroke="#b3261e" strokeWidth="3" />
            </svg>
            Pain began
          </li>
        )}
        {marks.checkIns.length > 0 && (
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="14" y1="0" x2="14" y2="10" stroke="#4a5360" strokeWidth="3" strokeDasharray="3 2" />
            </svg>
            Check-ins
          </li>
        )}
      </ul>
    </figure>
  );
}
