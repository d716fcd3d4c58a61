import { useEffect, useMemo, useState } from "react";
import { Link, useLocation } from "wouter";
import type { Radiation, Trend } from "../../../src/core/checkin/schema";
import { nowMs, now } from "../clock";
import { whenIdle } from "../idle";
import { Page } from "../ui/Page";
import { PainScale } from "../ui/PainScale";
import { Choices, YesNo } from "../ui/Choices";
import { BodyMap } from "./BodyMap";
import { regionList } from "./regions";
import { emptyAnswers, isAnswered, stepsFor, toCheckIn, type Answers, type Step } from "./flow";
import { fromLocalInput, onsetChoices, toInstant, toLocalInput } from "./onset";
import { saveQuickCheck } from "./saved";

type Care = typeof import("./care");
let careLoad: Promise<Care> | undefined;
/** The red-flag questions and the triage, loaded once; a failed load (offline before the service worker cached it) can be retried. */
function loadCare(): Promise<Care> {
  careLoad ??= import("./care").catch((err: unknown) => {
    careLoad = undefined;
    throw err;
  });
  return careLoad;
}

const RADIATION: { value: Radiation; label: string }[] = [
  { value: "none", label: "It stays where it is" },
  { value: "buttock_or_thigh", label: "Into the buttock or thigh" },
  { value: "below_knee", label: "Down the leg, below the knee" },
  { value: "arm", label: "Into an arm or hand" },
];

const TRENDS: { value: Trend; label: string }[] = [
  { value: "better", label: "Better" },
  { value: "same", label: "About the same" },
  { value: "worse", label: "Worse" },
];

/** The quick check: one question per screen, then the red-flag groups, then the result. */
export function QuickCheck() {
  const [, navigate] = useLocation();
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  const [index, setIndex] = useState(0);
  const [care, setCare] = useState<Care>();
  const [loadError, setLoadError] = useState<string>();
  // Fetched while the first questions are answered; a failure here is retried, and shown, on "Next".
  useEffect(() => whenIdle(() => void loadCare().then(setCare, () => undefined)), []);
  // Until the care module is here the steps end before the red-flag screens.
  const steps = stepsFor(answers, care?.FLAG_GROUPS ?? [], nowMs());
  const step = steps[Math.min(index, steps.length - 1)] as Step;
  const last = care !== undefined && index >= steps.length - 1;
  const update = (patch: Partial<Answers>) => setAnswers((a) => ({ ...a, ...patch }));

  const finish = (a: Answers) => {
    saveQuickCheck(toCheckIn(a, toInstant(now())));
    navigate("/result");
  };
  const next = () => {
    if (last) return finish(answers);
    if (index < steps.length - 1) return setIndex(index + 1);
    // The red-flag screens are next: wait for them rather than skip them.
    loadCare().then(
      (c) => {
        setLoadError(undefined);
        setCare(c);
        setIndex(index + 1);
      },
      () => setLoadError("The next questions could not be loaded. Check the connection and press Next again."),
    );
  };

  const answerFlag = (key: keyof Answers["flags"], yes: boolean) => {
    const a = { ...answers, flags: { ...answers.flags, [key]: yes } };
    setAnswers(a);
    // A "yes" that makes this an emergency ends the questions at once: nothing else changes the action.
    if (yes && care?.triageOf(toCheckIn(a, toInstant(now()))).level === "emergency") finish(a);
  };

  return (
    <div className="wizard">
      <div className="topbar">
        <Link href="/" className="link-button">
          Cancel
        </Link>
        <span className="muted" aria-live="polite">
          Question {index + 1}
          {care && ` of ${steps.length}`}
        </span>
      </div>
      <div className="progress" aria-hidden="true">
        <div style={{ width: care ? `${((index + 1) / steps.length) * 100}%` : 0 }} />
      </div>
      <form
        className="step"
        onSubmit={(e) => {
          e.preventDefault();
          if (isAnswered(step, answers)) next();
        }}
      >
        <StepScreen step={step} answers={answers} update={update} answerFlag={answerFlag} />
        <div className="nav">
          <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0}>
            Back
          </button>
          <button type="submit" className="primary" disabled={!isAnswered(step, answers)}>
            {last ? "See the result" : "Next"}
          </button>
        </div>
        {loadError && (
          <p className="error" role="alert">
            {loadError}
          </p>
        )}
      </form>
    </div>
  );
}

function StepScreen({
  step,
  answers,
  update,
  answerFlag,
}: {
  step: Step;
  answers: Answers;
  update: (p: Partial<Answers>) => void;
  answerFlag: (key: keyof Answers["flags"], yes: boolean) => void;
}) {
  switch (step.kind) {
    case "regions":
      return (
        <Page title="Where does it hurt?">
          <p className="hint">Tap every place that hurts. You can choose more than one.</p>
          <BodyMap value={answers.regions} onChange={(regions) => update({ regions })} />
          <p aria-live="polite">{answers.regions.length ? `Chosen: ${regionList(answers.regions)}.` : "Nothing chosen yet."}</p>
        </Page>
      );
    case "painNow":
      return (
        <Page title="How bad is the pain right now?">
          <PainScale legend="Pain right now, 0 to 10" value={answers.painNow} onChange={(painNow) => update({ painNow })} />
        </Page>
      );
    case "painWorst":
      return (
        <Page title="How bad was it at its worst?">
          <PainScale
            legend="Worst pain in the last 24 hours"
            hint="At least as bad as it is now."
            min={answers.painNow ?? 0}
            value={answers.painWorst24h}
            onChange={(painWorst24h) => update({ painWorst24h })}
          />
        </Page>
      );
    case "onset":
      return (
        <Page title="When did it start?">
          <OnsetQuestion value={answers.onsetAt} onChange={(onsetAt) => update({ onsetAt })} />
        </Page>
      );
    case "trend":
      return (
        <Page title="Since it started, is it getting better?">
          <Choices legend="Compared with the first day" options={TRENDS} value={answers.trend} onChange={(trend) => update({ trend })} />
        </Page>
      );
    case "sharp":
      return (
        <Page title="Is the pain sharp or stabbing?">
          <YesNo
            question="Sharp or stabbing pain"
            hint="Rather than a dull ache or stiffness."
            value={answers.sharp}
            onChange={(sharp) => update({ sharp })}
          />
        </Page>
      );
    case "radiation":
      return (
        <Page title="Does the pain spread anywhere?">
          <Choices legend="Where it spreads" options={RADIATION} value={answers.radiation} onChange={(radiation) => update({ radiation })} />
        </Page>
      );
    case "flags":
      return (
        <Page title={step.group.title}>
          <p className="hint">Please answer each one. These questions find the rare cases that need a doctor quickly.</p>
          {step.group.questions.map((q) => (
            <div className="question" key={q.key}>
              <YesNo question={q.text} hint={q.hint} value={answers.flags[q.key]} onChange={(yes) => answerFlag(q.key, yes)} />
            </div>
          ))}
        </Page>
      );
  }
}

function OnsetQuestion({ value, onChange }: { value: string | undefined; onChange: (v: string | undefined) => void }) {
  const current = now();
  const choices = useMemo(() => onsetChoices(now()), []);
  const [picked, setPicked] = useState<string | undefined>(() => choices.find((c) => toInstant(c.at) === value)?.id ?? (value ? "exact" : undefined));
  const [exact, setExact] = useState(value ? toLocalInput(new Date(value)) : "");
  const [error, setError] = useState<string>();
  const setExactValue = (v: string) => {
    setExact(v);
    const d = fromLocalInput(v);
    if (!d) return onChange(undefined);
    if (d.getTime() > current.getTime()) {
      setError("That moment is in the future. Choose when the pain began.");
      return onChange(undefined);
    }
    setError(undefined);
    onChange(toInstant(d));
  };
  const options = [...choices.map((c) => ({ value: c.id, label: c.label })), { value: "exact", label: "Pick a date and time" }];
  return (
    <>
      <Choices
        legend="When the pain began"
        options={options}
        value={picked}
        onChange={(id) => {
          setPicked(id);
          const c = choices.find((x) => x.id === id);
          if (c) onChange(toInstant(c.at));
          else setExactValue(exact);
        }}
      />
      {picked === "exact" && (
        <>
          <label htmlFor="onset-exact">Date and time the pain began</label>
          <input
            id="onset-exact"
            type="datetime-local"
            value={exact}
            max={toLocalInput(current)}
            onChange={(e) => setExactValue(e.target.value)}
            aria-describedby={error ? "onset-error" : undefined}
          />
          {error && (
            <p id="onset-error" className="error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </>
  );
}
