import { useMemo, useState, type FormEvent } from "react";
import { Link, useLocation, useParams } from "wouter";
import { coolDown } from "../../../src/core/exercises/entries/cool-down";
import { warmUp } from "../../../src/core/exercises/entries/warm-up";
import type { Exercise as Routine } from "../../../src/core/exercises/schema";
import type { SetKind } from "../../../src/core/training/schema";
import { meanSetRpe, sessionRpeOf } from "../../../src/core/training/workout-load";
import { ApiFailure } from "../api";
import { fromLocalInput, toInstant, toLocalInput } from "../check/onset";
import { now } from "../clock";
import { timeZoneOf, useSession } from "../session";
import { Page } from "../ui/Page";
import { useAsync } from "../ui/useAsync";
import { trainingApi, type Exercise, type TrainingSummary, type Workout, type WorkoutDraft } from "./api";
import { loadText } from "./format";
import { returnOverrun } from "./returnCheck";
import { SignInFirst } from "../ui/SignInFirst";
import { toDisplay, toKg, type Units } from "./units";
import "./training.css";

interface SetDraft {
  setType: SetKind;
  reps: string;
  weight: string;
  rpe: string;
}
interface Block {
  key: number;
  exerciseId: string;
  sets: SetDraft[];
}
interface Draft {
  when: string;
  minutes: string;
  sessionRpe: string;
  warmUp: boolean;
  coolDown: boolean;
  title: string;
  notes: string;
  blocks: Block[];
}

let nextKey = 1;
const emptySet = (): SetDraft => ({ setType: "normal", reps: "", weight: "", rpe: "" });
const num = (s: string): number | null => (s.trim() === "" ? null : Number(s.replace(",", ".")));

/** Consecutive sets of one exercise make a block, as the logger shows them. */
function draftOf(w: Workout, units: Units): Draft {
  const blocks: Block[] = [];
  for (const s of w.sets) {
    const set = { setType: s.setType, reps: s.reps === null ? "" : String(s.reps), weight: s.weightKg === null ? "" : String(toDisplay(s.weightKg, units)), rpe: s.rpe === null ? "" : String(s.rpe) };
    const last = blocks.at(-1);
    if (last && last.exerciseId === s.exerciseId) last.sets.push(set);
    else blocks.push({ key: nextKey++, exerciseId: s.exerciseId, sets: [set] });
  }
  return {
    when: toLocalInput(new Date(w.startedAt)),
    minutes: w.minutes === null ? "" : String(Math.round(w.minutes)),
    sessionRpe: w.sessionRpe === null ? "" : String(w.sessionRpe),
    warmUp: w.warmUp ?? false,
    coolDown: w.coolDown ?? false,
    title: w.title,
    notes: w.notes ?? "",
    blocks,
  };
}

const newDraft = (): Draft => ({ when: toLocalInput(now()), minutes: "60", sessionRpe: "", warmUp: false, coolDown: false, title: "", notes: "", blocks: [] });

function toInput(d: Draft, units: Units): WorkoutDraft | string {
  const at = fromLocalInput(d.when);
  if (!at) return "Say when the workout started.";
  const minutes = num(d.minutes);
  if (minutes === null || !(minutes > 0)) return "Say how many minutes it lasted.";
  const sets = d.blocks.flatMap((b) =>
    b.sets.map((s) => {
      const weight = num(s.weight);
      return { exerciseId: b.exerciseId, setType: s.setType, reps: num(s.reps), weightKg: weight === null ? null : toKg(weight, units), rpe: num(s.rpe) };
    }),
  );
  return {
    startedAt: toInstant(at),
    minutes,
    sessionRpe: num(d.sessionRpe),
    warmUp: d.warmUp,
    coolDown: d.coolDown,
    title: d.title.trim(),
    ...(d.notes.trim() && { notes: d.notes.trim() }),
    sets,
  };
}

/** Field names the server may name, as the form calls them. */
function fieldLabel(field: string | undefined, exercises: Map<string, Exercise>, d: Draft): string {
  if (!field) return "";
  const m = /^sets\.(\d+)\.(\w+)$/.exec(field);
  if (m) {
    const flat = d.blocks.flatMap((b) => b.sets.map((_, i) => ({ b, i })));
    const at = flat[Number(m[1])];
    return at ? `${exercises.get(at.b.exerciseId)?.name ?? "Exercise"}, set ${at.i + 1}, ${m[2]}: ` : "";
  }
  return `${field}: `;
}

export function WorkoutLogger() {
  const session = useSession();
  const { id } = useParams<{ id?: string }>();
  if (session.state === "signedOut") return <SignInFirst title="Log a workout" why="training" />;
  return <Logger key={id ?? "new"} id={id} units={session.me.settings.units} timeZone={timeZoneOf(session)} />;
}

function Logger({ id, units, timeZone }: { id: string | undefined; units: Units; timeZone: string }) {
  const [data] = useAsync(
    () =>
      Promise.all([
        trainingApi.exercises(),
        id ? trainingApi.workout(id) : Promise.resolve(undefined),
        trainingApi.summary(timeZone, 7).catch(() => undefined),
      ]),
    [id, timeZone],
  );
  const title = id ? "Edit workout" : "Log a workout";
  if (data.state === "loading") return <p className="loading">Loading…</p>;
  if (data.state === "failed")
    return (
      <Page title={title}>
        <p className="error" role="alert">
          {data.error instanceof ApiFailure && data.error.status === 404 ? "This workout does not exist." : "The workout could not be loaded."}
        </p>
        <Link href="/training">Back to training</Link>
      </Page>
    );
  const [exercises, workout, summary] = data.value;
  return <LoggerForm title={title} exercises={exercises} workout={workout} summary={summary} units={units} />;
}

function LoggerForm({
  title,
  exercises: initialExercises,
  workout,
  summary,
  units,
}: {
  title: string;
  exercises: Exercise[];
  workout: Workout | undefined;
  summary: TrainingSummary | undefined;
  units: Units;
}) {
  const [, navigate] = useLocation();
  const [exercises, setExercises] = useState(initialExercises);
  const [draft, setDraft] = useState<Draft>(() => (workout ? draftOf(workout, units) : newDraft()));
  const [pick, setPick] = useState("");
  const [ownName, setOwnName] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const byId = useMemo(() => new Map(exercises.map((e) => [e.id, e])), [exercises]);
  const groups = useMemo(() => {
    const g: [string, Exercise[]][] = [
      ["Strength", exercises.filter((e) => e.category === "strength")],
      ["Cardio", exercises.filter((e) => e.category === "cardio")],
      ["Mobility", exercises.filter((e) => e.category === "mobility")],
      ["Your exercises", exercises.filter((e) => e.kind === "user")],
    ];
    return g.filter(([, list]) => list.length > 0);
  }, [exercises]);

  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const updateBlock = (key: number, change: (b: Block) => Block) => setDraft((d) => ({ ...d, blocks: d.blocks.map((b) => (b.key === key ? change(b) : b)) }));
  const updateSet = (key: number, i: number, change: Partial<SetDraft>) =>
    updateBlock(key, (b) => ({ ...b, sets: b.sets.map((s, j) => (j === i ? { ...s, ...change } : s)) }));
  const addBlock = (exerciseId: string) => setDraft((d) => ({ ...d, blocks: [...d.blocks, { key: nextKey++, exerciseId, sets: [emptySet()] }] }));

  const addOwn = async () => {
    if (!ownName.trim()) return;
    try {
      const e = await trainingApi.addExercise(ownName.trim());
      if (!byId.has(e.id)) setExercises((list) => [...list, e]);
      addBlock(e.id);
      setOwnName("");
    } catch (err) {
      setError(err instanceof Error ? err.message : "The exercise could not be added.");
    }
  };

  // P-RETURN: would this session pass the week's cap?
  const minutes = num(draft.minutes) ?? 0;
  const setRpes = draft.blocks.flatMap((b) => b.sets.map((s) => ({ rpe: num(s.rpe) })));
  const rpe = sessionRpeOf(num(draft.sessionRpe), meanSetRpe(setRpes)).rpe;
  const overrun = returnOverrun(
    summary?.returnToTraining ?? null,
    draft.when.slice(0, 10),
    rpe * minutes,
    workout && { date: toLocalInput(new Date(workout.startedAt)).slice(0, 10), load: workout.load.session ?? 0 },
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = toInput(draft, units);
    if (typeof input === "string") return setError(input);
    setError(undefined);
    setBusy(true);
    try {
      if (workout) await trainingApi.update(workout.id, input);
      else await trainingApi.create(input);
      navigate("/training");
    } catch (err) {
      setBusy(false);
      setError(err instanceof ApiFailure ? `${fieldLabel(err.error.field, byId, draft)}${err.error.message}` : "The workout could not be saved.");
    }
  };

  const repeatLast = async () => {
    setBusy(true);
    try {
      const copy = await trainingApi.repeatLast();
      navigate(`/training/log/${copy.id}`);
    } catch (err) {
      setBusy(false);
      setError(err instanceof ApiFailure && err.status === 404 ? "There is no workout to repeat yet." : "The last workout could not be copied.");
    }
  };

  const remove = async () => {
    if (!workout || !window.confirm("Delete this workout?")) return;
    await trainingApi.remove(workout.id);
    navigate("/training");
  };

  return (
    <Page title={title}>
      {!workout && (
        <p>
          <button type="button" onClick={() => void repeatLast()} disabled={busy}>
            Repeat last workout
          </button>
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="w-when">When did it start?</label>
        <input id="w-when" type="datetime-local" value={draft.when} max={toLocalInput(now())} onChange={(e) => update({ when: e.target.value })} />
        <label htmlFor="w-minutes">Minutes</label>
        <input id="w-minutes" type="number" inputMode="numeric" min={1} max={1440} value={draft.minutes} onChange={(e) => update({ minutes: e.target.value })} />
        <label htmlFor="w-rpe">How hard was the whole session? (0 rest – 10 maximal)</label>
        <select id="w-rpe" value={draft.sessionRpe} onChange={(e) => update({ sessionRpe: e.target.value })}>
          <option value="">Not rated (estimated from the sets)</option>
          {Array.from({ length: 11 }, (_, n) => (
            <option key={n} value={String(n)}>
              {n}
              {n === 0 ? " – rest" : n === 3 ? " – moderate" : n === 5 ? " – hard" : n === 7 ? " – very hard" : n === 10 ? " – maximal" : ""}
            </option>
          ))}
        </select>
        <label htmlFor="w-title">Name (optional)</label>
        <input id="w-title" value={draft.title} maxLength={200} onChange={(e) => update({ title: e.target.value })} />

        <fieldset>
          <legend>Warm-up and cool-down</legend>
          <label className="choice">
            <input type="checkbox" checked={draft.warmUp} onChange={(e) => update({ warmUp: e.target.checked })} />I warmed up first
          </label>
          {!draft.warmUp && <RoutinePrompt routine={warmUp} when="before" />}
          <label className="choice">
            <input type="checkbox" checked={draft.coolDown} onChange={(e) => update({ coolDown: e.target.checked })} />I cooled down after
          </label>
          {!draft.coolDown && <RoutinePrompt routine={coolDown} when="after" />}
        </fieldset>

        <h2>Exercises</h2>
        {draft.blocks.map((b) => (
          <ExerciseBlock
            key={b.key}
            block={b}
            name={byId.get(b.exerciseId)?.name ?? "Exercise"}
            units={units}
            onSet={(i, change) => updateSet(b.key, i, change)}
            onCopy={(i) => updateBlock(b.key, (x) => ({ ...x, sets: [...x.sets.slice(0, i + 1), { ...x.sets[i]! }, ...x.sets.slice(i + 1)] }))}
            onRemoveSet={(i) => updateBlock(b.key, (x) => ({ ...x, sets: x.sets.filter((_, j) => j !== i) }))}
            onAddSet={() => updateBlock(b.key, (x) => ({ ...x, sets: [...x.sets, x.sets.length ? { ...x.sets.at(-1)! } : emptySet()] }))}
            onRemove={() => setDraft((d) => ({ ...d, blocks: d.blocks.filter((x) => x.key !== b.key) }))}
          />
        ))}
        <label htmlFor="w-pick">Add an exercise</label>
        <div className="row">
          <select id="w-pick" value={pick} onChange={(e) => setPick(e.target.value)} style={{ flex: 1 }}>
            <option value="">Choose…</option>
            {groups.map(([label, list]) => (
              <optgroup key={label} label={label}>
                {list.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button
            type="button"
            disabled={!pick}
            onClick={() => {
              addBlock(pick);
              setPick("");
            }}
          >
            Add
          </button>
        </div>
        <label htmlFor="w-own">Or one of your own</label>
        <div className="row">
          <input id="w-own" value={ownName} maxLength={100} onChange={(e) => setOwnName(e.target.value)} style={{ flex: 1 }} />
          <button type="button" disabled={!ownName.trim()} onClick={() => void addOwn()}>
            Add new
          </button>
        </div>

        <label htmlFor="w-notes">Notes (optional)</label>
        <textarea id="w-notes" rows={2} maxLength={2000} value={draft.notes} onChange={(e) => update({ notes: e.target.value })} />

        {overrun && (
          <p className="notice prompt" role="alert">
            <strong>Over your return-to-training limit</strong> <span className="rule-id">P-RETURN</span>: this session's load (about {loadText(overrun.load)}) is more than the{" "}
            {loadText(overrun.remaining)} left of this week's {loadText(overrun.cap)}. Make it shorter or easier, or save it for next week.
          </p>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary big" disabled={busy}>
            {workout ? "Save changes" : "Save workout"}
          </button>
          {workout && (
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete workout
            </button>
          )}
        </div>
      </form>
      <p>
        <Link href="/training">Back to training</Link>
      </p>
    </Page>
  );
}

/** T-WARMUP: the workout screen offers the 5–10 minute routine. */
function RoutinePrompt({ routine, when }: { routine: Routine; when: "before" | "after" }) {
  const minutes = Math.round(routine.steps.reduce((sum, s) => sum + (s.durationSeconds ?? 0), 0) / 60);
  return (
    <div className="notice prompt">
      <p>
        <span className="rule-id">T-WARMUP</span> {when === "before" ? "Warm up before you train" : "Cool down after you train"}: {routine.summary} About {minutes} minutes.
      </p>
      <Link href={`/exercise/${routine.id}`} className="button">
        Start the {routine.name.toLowerCase()}
      </Link>
    </div>
  );
}

function ExerciseBlock({
  block,
  name,
  units,
  onSet,
  onCopy,
  onRemoveSet,
  onAddSet,
  onRemove,
}: {
  block: Block;
  name: string;
  units: Units;
  onSet: (i: number, change: Partial<SetDraft>) => void;
  onCopy: (i: number) => void;
  onRemoveSet: (i: number) => void;
  onAddSet: () => void;
  onRemove: () => void;
}) {
  const id = (i: number, f: string) => `b${block.key}-s${i}-${f}`;
  return (
    <section className="exercise-block" aria-label={name}>
      <h3>{name}</h3>
      {block.sets.map((s, i) => (
        <div key={i} className="set">
          <div className="set-row">
            <span className="set-no" aria-hidden="true">
              {s.setType === "warmup" ? "W" : i + 1}
            </span>
            <div>
              <label htmlFor={id(i, "reps")}>Reps<span className="visually-hidden">, set {i + 1} of {name}</span></label>
              <input id={id(i, "reps")} type="number" inputMode="numeric" min={0} value={s.reps} onChange={(e) => onSet(i, { reps: e.target.value })} />
            </div>
            <div>
              <label htmlFor={id(i, "weight")}>
                Weight ({units})<span className="visually-hidden">, set {i + 1} of {name}</span>
              </label>
              <input id={id(i, "weight")} type="number" inputMode="decimal" min={0} step="any" placeholder="body" value={s.weight} onChange={(e) => onSet(i, { weight: e.target.value })} />
            </div>
            <div>
              <label htmlFor={id(i, "rpe")}>RPE<span className="visually-hidden">, set {i + 1} of {name}</span></label>
              <input id={id(i, "rpe")} type="number" inputMode="decimal" min={0} max={10} step="0.5" placeholder="–" value={s.rpe} onChange={(e) => onSet(i, { rpe: e.target.value })} />
            </div>
          </div>
          <div className="set-actions">
            <label className="choice" style={{ minHeight: 0 }}>
              <input type="checkbox" checked={s.setType === "warmup"} onChange={(e) => onSet(i, { setType: e.target.checked ? "warmup" : "normal" })} />
              Warm-up set<span className="visually-hidden"> ({i + 1} of {name})</span>
            </label>
            <button type="button" className="link-button" onClick={() => onCopy(i)}>
              Copy set<span className="visually-hidden"> {i + 1} of {name}</span>
            </button>
            <button type="button" className="link-button" onClick={() => onRemoveSet(i)}>
              Remove<span className="visually-hidden"> set {i + 1} of {name}</span>
            </button>
          </div>
        </div>
      ))}
      <div className="row">
        <button type="button" onClick={onAddSet}>
          Add a set<span className="visually-hidden"> of {name}</span>
        </button>
        <button type="button" className="link-button" onClick={onRemove}>
          Remove {name}
        </button>
      </div>
    </section>
  );
}
