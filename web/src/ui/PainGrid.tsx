import { useId } from "react";
import { PAIN_WORDS } from "../check/painWords";

const INTERFERENCE_ENDS = ["Does not interfere", "Completely interferes"] as const;

/** A word for each number: the pain scale's own, or the PEG interference scale's two ends. */
function wordFor(scale: "pain" | "interference", n: number): string {
  if (scale === "pain") return PAIN_WORDS[n] ?? "";
  return n === 0 ? INTERFERENCE_ENDS[0] : n === 10 ? INTERFERENCE_ENDS[1] : `${n} of 10`;
}

/** A 0–10 scale as a compact grid of large tiles, for quick ratings; the chosen words show below. */
export function PainGrid({
  legend,
  value,
  onChange,
  scale = "pain",
}: {
  legend: string;
  value: number | undefined;
  onChange: (n: number) => void;
  scale?: "pain" | "interference";
}) {
  const name = useId();
  const hint = scale === "pain" ? "0 is no pain, 10 the worst imaginable." : "0 does not interfere, 10 completely interferes.";
  return (
    <fieldset className="pain-grid">
      <legend>{legend}</legend>
      <div className="grid">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="choice">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} aria-label={`${n} – ${wordFor(scale, n)}`} />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
      <p className="hint" aria-live="polite">
        {value === undefined ? hint : `${value} – ${wordFor(scale, value)}`}
      </p>
    </fieldset>
  );
}
