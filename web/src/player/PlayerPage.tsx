import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useParams, useSearch } from "wouter";
import { EXERCISE_IDS, type Exercise, type ExerciseId } from "../../../src/core/exercises/schema";
import { getExercise } from "../../../src/core/exercises/catalogue";
import { nowMs } from "../clock";
import { Page } from "../ui/Page";
import { PainScale } from "../ui/PainScale";
import { BackButton } from "../ui/BackButton";
import { useNow } from "../ui/useNow";
import { formatClock, elapsedMs, pause, resume, startCountdown, type Countdown } from "../timer/session";
import { unlockAudio, beep } from "../timer/alert";
import { LevelBanner } from "../result/LevelBanner";
import { Reasons } from "../result/Reasons";
import { buildScript, phaseAt, type Script } from "./script";
import { hush, say } from "./voice";
import { reportPain, type HurtOutcome } from "./hurt";

const isExerciseId = (id: string): id is ExerciseId => (EXERCISE_IDS as readonly string[]).includes(id);

export function PlayerPage() {
  const { id } = useParams<{ id: string }>();
  const episodeId = new URLSearchParams(useSearch()).get("episode") ?? undefined;
  if (!isExerciseId(id))
    return (
      <div className="fullscreen">
        <Page title="No such exercise">
          <Link href="/today">Back to today</Link>
        </Page>
      </div>
    );
  return <Player exercise={getExercise(id)} episodeId={episodeId} />;
}

type Stage = { kind: "intro" } | { kind: "running"; countdown: Countdown } | { kind: "done" } | { kind: "hurts" } | { kind: "hurt-result"; outcome: HurtOutcome };

/** The guided player: full screen, big controls at the bottom for one thumb, "It hurts" always there. */
function Player({ exercise, episodeId }: { exercise: Exercise; episodeId: string | undefined }) {
  const script = useMemo(() => buildScript(exercise), [exercise]);
  const [stage, setStage] = useState<Stage>({ kind: "intro" });
  useEffect(() => hush, []);

  const body = (() => {
    switch (stage.kind) {
      case "intro":
        return (
          <Intro
            exercise={exercise}
            script={script}
            onStart={() => {
              unlockAudio();
              setStage({ kind: "running", countdown: startCountdown(nowMs(), script.totalSeconds * 1000) });
            }}
          />
        );
      case "running":
        return (
          <Running
            exercise={exercise}
            script={script}
            countdown={stage.countdown}
            onChange={(countdown) => setStage({ kind: "running", countdown })}
            onDone={() => setStage({ kind: "done" })}
          />
        );
      case "done":
        return (
          <Page title="Well done">
            <p className="lead">{exercise.name} is done for now.</p>
            <BackButton fallback="/today" label="Back to the plan" />
          </Page>
        );
      case "hurts":
        return <Hurts exercise={exercise} episodeId={episodeId} onResult={(outcome) => setStage({ kind: "hurt-result", outcome })} />;
      case "hurt-result":
        return <HurtResult outcome={stage.outcome} episodeId={episodeId} />;
    }
  })();

  const showHurts = stage.kind === "intro" || stage.kind === "running";
  return (
    <div className="fullscreen player">
      {body}
      {showHurts && (
        <button
          type="button"
          className="big hurts"
          onClick={() => {
            hush();
            setStage({ kind: "hurts" });
          }}
        >
          It hurts
        </button>
      )}
    </div>
  );
}

function Illustration({ exercise }: { exercise: Exercise }) {
  // The catalogue's own hand-drawn SVG (trusted data shipped with the app, not user input).
  return <div className="illustration" role="img" aria-label={`Drawing: ${exercise.name}`} dangerouslySetInnerHTML={{ __html: exercise.illustration }} />;
}

function Intro({ exercise, script, onStart }: { exercise: Exercise; script: Script; onStart: () => void }) {
  const d = exercise.dosage;
  const dose = [
    d.reps !== undefined && `${d.reps} ${d.sides === "none" ? "times" : "times each side"}`,
    d.holdSeconds !== undefined && `hold ${d.holdSeconds} seconds`,
    d.sets > 1 && `${d.sets} sets`,
    d.minutes !== undefined && `${d.minutes} minutes`,
  ].filter(Boolean);
  return (
    <Page title={exercise.name}>
      <Illustration exercise={exercise} />
      <p>{exercise.summary}</p>
      {dose.length > 0 && <p className="lead">{dose.join(", ")}.</p>}
      {script.setup.length > 0 && (
        <>
          <h2>Get ready</h2>
          <ol>
            {script.setup.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      )}
      <details>
        <summary>Avoid</summary>
        <ul>
          {exercise.avoid.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
      <p className="error">{exercise.stopCue}</p>
      <button type="button" className="primary big" onClick={onStart}>
        Start ({formatClock(script.totalSeconds * 1000)})
      </button>
    </Page>
  );
}

function Running({
  exercise,
  script,
  countdown,
  onChange,
  onDone,
}: {
  exercise: Exercise;
  script: Script;
  countdown: Countdown;
  onChange: (c: Countdown) => void;
  onDone: () => void;
}) {
  const paused = countdown.pausedAt !== undefined;
  const t = useNow(!paused, 200);
  const at = phaseAt(script, elapsedMs(countdown, t));
  const spoken = useRef(-1);
  useEffect(() => {
    if (!at) {
      say("Done. Well done.");
      onDone();
      return;
    }
    if (paused || spoken.current === at.index) return;
    spoken.current = at.index;
    const p = at.phase;
    say(p.kind === "hold" ? `${p.text} Hold for ${p.seconds}.` : p.text);
    if (p.kind === "hold") beep(120, 990);
  });
  if (!at) return null;
  const p = at.phase;
  const cue = exercise.cues[((p.rep ?? 1) - 1) % exercise.cues.length];
  return (
    <>
      <Page title={exercise.name}>
        <Illustration exercise={exercise} />
        <p className="muted" aria-live="polite">
          {p.rep !== undefined && `Rep ${p.rep} of ${p.reps}${p.side ? `, ${p.side}` : ""}`}
          {p.sets > 1 && ` · set ${p.set} of ${p.sets}`}
        </p>
        <p className="cue" aria-live="assertive">
          {p.text}
        </p>
        <p className="bigtime" role="timer" aria-label={p.kind === "hold" ? "Hold" : "Time left in this step"}>
          {formatClock(at.leftMs)}
        </p>
        {cue && <p className="hint" style={{ textAlign: "center" }}>{cue}</p>}
        {paused && <p className="lead" style={{ textAlign: "center" }}>Paused.</p>}
      </Page>
      <div className="grow" />
      <div className="controls">
        <button
          type="button"
          className="big primary"
          onClick={() => {
            if (paused) onChange(resume(countdown, nowMs()));
            else {
              hush();
              onChange(pause(countdown, nowMs()));
            }
          }}
        >
          {paused ? "Resume" : "Pause"}
        </button>
        <BackButton fallback="/today" label="Stop" />
      </div>
    </>
  );
}

function Hurts({ exercise, episodeId, onResult }: { exercise: Exercise; episodeId: string | undefined; onResult: (o: HurtOutcome) => void }) {
  const [pain, setPain] = useState<number>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (pain === undefined) return;
    setBusy(true);
    try {
      onResult(await reportPain(exercise, pain, episodeId));
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not check again.");
      setBusy(false);
    }
  };
  return (
    <Page title="Stopped. How bad is the pain now?">
      <p>Stop the exercise and rest in a comfortable position.</p>
      <PainScale legend="Pain right now, 0 to 10" value={pain} onChange={setPain} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="primary big" disabled={pain === undefined || busy} onClick={send}>
        Log it and check again
      </button>
    </Page>
  );
}

function HurtResult({ outcome, episodeId }: { outcome: HurtOutcome; episodeId: string | undefined }) {
  const t = outcome.triage;
  return (
    <Page title="Your new result">
      <LevelBanner result={t} />
      <p className="lead">{t.advice}</p>
      <Reasons reasons={t.reasons} />
      <p className="hint">
        {outcome.logged ? "The pain is in your diary. " : ""}
        {outcome.ranOn === "device" ? "Worked out on this device." : ""}
      </p>
      <Link href={episodeId ? "/today" : "/result"} className="button primary big">
        {episodeId ? "Back to today" : "See the full result"}
      </Link>
    </Page>
  );
}
