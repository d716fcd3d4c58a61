import { useId } from "react";
import { PAIN_WORDS } from "../check/painWords";

/** The 0–10 scale as large radio rows, each with its number and its words. */
export function PainScale({
  legend,
  hint,
  value,
  onChange,
  min = 0,
}: {
  legend: string;
  hint?: string;
  value: number | undefined;
  onChange: (n: number) => void;
  min?: number;
}) {
  const name = useId();
  return (
    <fieldset className="scale">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="choices">
        {PAIN_WORDS.map((word, n) =>
          n < min ? null : (
            <label key={n} className="choice">
              <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} aria-label={`${n} – ${word}`} />
              <span className="num" aria-hidden="true">
                {n}
              </span>
              <span aria-hidden="true">{word}</span>
            </label>
          ),
        )}
      </div>
    </fieldset>
  );
}
