import type { KeyboardEvent } from "react";
import type { Region } from "../../../src/core/checkin/schema";
import { REGION_LABELS, REGION_ORDER } from "./regions";

/**
 * A simple body seen from the front and the back. Each region is a checkbox:
 * tap it, or Tab to it and press Space or Enter. The neck can be chosen on
 * either figure; the back regions only on the back view.
 */
interface Area {
  region: Region;
  key: string;
  view: "front" | "back";
  /** The hit area, larger than the drawn region where that is small, for 44 px+ targets. */
  d: string;
  label: { x: number; y: number };
}

const BACK_X = 175;
const AREAS: Area[] = [
  { region: "neck", key: "neck-front", view: "front", d: "M51 52 h48 v42 h-48 z", label: { x: 75, y: 110 } },
  { region: "neck", key: "neck-back", view: "back", d: `M${BACK_X + 51} 52 h48 v42 h-48 z`, label: { x: BACK_X + 20, y: 76 } },
  { region: "upper_back", key: "upper_back", view: "back", d: `M${BACK_X + 30} 94 h90 v52 h-90 z`, label: { x: BACK_X + 75, y: 124 } },
  { region: "mid_back", key: "mid_back", view: "back", d: `M${BACK_X + 34} 148 h82 v50 h-82 z`, label: { x: BACK_X + 75, y: 177 } },
  { region: "lower_back", key: "lower_back", view: "back", d: `M${BACK_X + 36} 200 h78 v50 h-78 z`, label: { x: BACK_X + 75, y: 229 } },
];

/** Head, neck, trunk, arms and legs of one figure, drawn around x = 0..150. */
function Figure({ dx }: { dx: number }) {
  return (
    <g className="figure" transform={`translate(${dx} 0)`} aria-hidden="true">
      <circle cx="75" cy="40" r="24" />
      <rect x="63" y="62" width="24" height="32" rx="6" />
      <path d="M30 96 Q75 84 120 96 L116 252 Q75 262 34 252 Z" />
      <path d="M30 98 L12 190 L22 230 L32 196 L40 120 Z" />
      <path d="M120 98 L138 190 L128 230 L118 196 L110 120 Z" />
      <path d="M36 252 L44 380 L68 380 L72 262 Z" />
      <path d="M114 252 L106 380 L82 380 L78 262 Z" />
    </g>
  );
}

export function BodyMap({ value, onChange }: { value: readonly Region[]; onChange: (next: Region[]) => void }) {
  const toggle = (r: Region) =>
    onChange(value.includes(r) ? value.filter((x) => x !== r) : REGION_ORDER.filter((x) => x === r || value.includes(x)));
  const onKey = (e: KeyboardEvent, r: Region) => {
    if (e.key === " " || e.key === "Enter") {
      e.preventDefault();
      toggle(r);
    }
  };
  return (
    <svg className="body-map" viewBox="0 0 330 400" role="group" aria-label="Body seen from the front and the back">
      <Figure dx={0} />
      <Figure dx={BACK_X} />
      <text className="caption" x="75" y="396" textAnchor="middle">
        Front
      </text>
      <text className="caption" x={BACK_X + 75} y="396" textAnchor="middle">
        Back
      </text>
      {AREAS.map((a) => {
        const on = value.includes(a.region);
        return (
          <path
            key={a.key}
            className="region"
            d={a.d}
            role="checkbox"
            tabIndex={0}
            aria-checked={on}
            aria-label={`${REGION_LABELS[a.region]} (${a.view} view)`}
            onClick={() => toggle(a.region)}
            onKeyDown={(e) => onKey(e, a.region)}
          />
        );
      })}
      {AREAS.map((a) => (
        <text
          key={`${a.key}-label`}
          x={a.label.x}
          y={a.label.y}
          textAnchor={a.key === "neck-back" ? "end" : "middle"}
          className={value.includes(a.region) && a.region !== "neck" ? "on" : undefined}
          aria-hidden="true"
        >
          {REGION_LABELS[a.region]}
        </text>
      ))}
    </svg>
  );
}
