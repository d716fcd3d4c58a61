import type { Exercise } from "../../../src/core/exercises/schema";

/** One timed moment of a guided session. */
export interface Phase {
  kind: "hold" | "move" | "timed" | "rest";
  text: string;
  seconds: number;
  /** Which repetition (1-based) and of how many; absent for routines and rests. */
  rep?: number;
  reps?: number;
  /** Which set (1-based) and of how many. */
  set: number;
  sets: number;
  /** "left side" / "right side" when a one-sided cycle is done on each side in turn. */
  side?: string;
}

export interface Script {
  /** Shown before the start: get into position at your own pace. */
  setup: string[];
  phases: Phase[];
  totalSeconds: number;
}

/** Seconds given to a movement step between holds ("Lower them back to the start."). */
export const MOVE_SECONDS = 3;
/** Rest between sets. */
export const REST_SECONDS = 30;

/**
 * Turns a catalogue exercise into a timed script. The steps before the first hold set up
 * the position; the steps from the first hold on make one repetition, repeated `reps` times.
 * A repetition with holds on both sides (bird dog: right arm, then left arm) counts once
 * for both sides; a one-sided repetition is done on each side in turn. Routines (warm-up,
 * cool-down) play their timed steps once; a walk is one timed phase.
 *
 * @example buildScript(birdDog).phases.filter(p => p.kind === "hold").length // 10: 5 each side, 5 s each
 */
export function buildScript(e: Exercise): Script {
  const { dosage } = e;
  const sets = dosage.sets;
  if (e.steps.every((s) => s.durationSeconds !== undefined)) {
    const phases = e.steps.map((s): Phase => ({ kind: "timed", text: s.text, seconds: s.durationSeconds ?? 0, set: 1, sets: 1 }));
    return withTotal({ setup: [], phases });
  }
  if (dosage.minutes !== undefined) {
    return withTotal({
      setup: e.steps.map((s) => s.text),
      phases: [{ kind: "timed", text: e.steps[1]?.text ?? e.name, seconds: dosage.minutes * 60, set: 1, sets: 1 }],
    });
  }
  const firstHold = e.steps.findIndex((s) => s.holdSeconds !== undefined);
  // Without holds, the last two steps are the movement out and back.
  const cycleStart = firstHold >= 0 ? firstHold : Math.max(0, e.steps.length - 2);
  const setup = e.steps.slice(0, cycleStart).map((s) => s.text);
  const cycle = e.steps.slice(cycleStart);
  const holds = cycle.filter((s) => s.holdSeconds !== undefined).length;
  const reps = dosage.reps ?? 1;
  const oneSided = dosage.sides !== "none" && holds < 2;
  const sides = oneSided ? (["right side", "left side"] as const) : ([undefined] as const);
  const phases: Phase[] = [];
  for (let set = 1; set <= sets; set++) {
    if (set > 1) phases.push({ kind: "rest", text: "Rest, then the next set.", seconds: REST_SECONDS, set, sets });
    const order = dosage.sides === "both" ? sides.flatMap((side) => Array.from({ length: reps }, (_, i) => ({ side, rep: i + 1 }))) : Array.from({ length: reps }, (_, i) => sides.map((side) => ({ side, rep: i + 1 }))).flat();
    for (const { side, rep } of order)
      for (const s of cycle)
        phases.push({
          kind: s.holdSeconds !== undefined ? "hold" : "move",
          text: s.text,
          seconds: s.holdSeconds ?? MOVE_SECONDS,
          rep,
          reps,
          set,
          sets,
          ...(side !== undefined && { side }),
        });
  }
  return withTotal({ setup, phases });
}

function withTotal(s: Omit<Script, "totalSeconds">): Script {
  return { ...s, totalSeconds: s.phases.reduce((sum, p) => sum + p.seconds, 0) };
}

/** The phase running `elapsedMs` into the script, with its own elapsed time; undefined once done. */
export function phaseAt(script: Script, elapsedMs: number): { index: number; phase: Phase; leftMs: number } | undefined {
  let start = 0;
  for (const [index, phase] of script.phases.entries()) {
    const end = start + phase.seconds * 1000;
    if (elapsedMs < end) return { index, phase, leftMs: end - elapsedMs };
    start = end;
  }
  return undefined;
}
