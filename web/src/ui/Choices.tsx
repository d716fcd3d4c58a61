import { useId } from "react";

/** A single-choice question as large radio tiles. */
export function Choices<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
  className,
}: {
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange: (v: T) => void;
  className?: string;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className={className ?? "choices"}>
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** A yes/no question; `undefined` until answered. */
export function YesNo({
  question,
  hint,
  value,
  onChange,
}: {
  question: string;
  hint?: string;
  value: boolean | undefined;
  onChange: (v: boolean) => void;
}) {
  return (
    <Choices
      legend={question}
      hint={hint}
      options={YES_NO}
      value={value === undefined ? undefined : value ? "yes" : "no"}
      onChange={(v) => onChange(v === "yes")}
      className="yesno"
    />
  );
}
