import type { Workout } from "./schema";
import { sessionLoad, volumeLoad } from "./session-load";

/**
 * Session RPE assumed when nothing was recorded: 5, "hard" on Foster's CR-10, the middle of
 * the scale. Strong and Hevy record RPE only per set, never for the session, so imported
 * workouts rarely carry one; a middling estimate keeps them in the load series (leaving them
 * out would make a return after importing look like a spike) and is marked as estimated.
 */
export const DEFAULT_SESSION_RPE = 5;

/** Where a workout's session RPE came from: asked after it, the mean of its sets' RPE, or the default. */
export type RpeSource = "session" | "sets" | "default";

export interface WorkoutLoad {
  rpe: number;
  rpeSource: RpeSource;
  /** T-LOAD: rpe × minutes; null when the workout has no duration. */
  load: number | null;
  /** T-LOAD for strength work: Σ reps × kg over the working sets. */
  volumeLoad: number;
}

/** Mean RPE of the sets that have one, or null when none does. */
export function meanSetRpe(sets: readonly { rpe: number | null }[]): number | null {
  let sum = 0;
  let n = 0;
  for (const s of sets)
    if (s.rpe !== null) {
      sum += s.rpe;
      n++;
    }
  return n === 0 ? null : sum / n;
}

/**
 * The session RPE a workout's load is computed with: its own session RPE, else the mean of
 * its sets' RPE, else DEFAULT_SESSION_RPE.
 *
 * @example sessionRpeOf(null, 8) → { rpe: 8, rpeSource: "sets" }
 */
export function sessionRpeOf(sessionRpe: number | null, setRpe: number | null): { rpe: number; rpeSource: RpeSource } {
  if (sessionRpe !== null) return { rpe: sessionRpe, rpeSource: "session" };
  if (setRpe !== null) return { rpe: setRpe, rpeSource: "sets" };
  return { rpe: DEFAULT_SESSION_RPE, rpeSource: "default" };
}

/**
 * T-LOAD of a logged workout, with the session RPE estimated when it was not recorded.
 *
 * @example workoutLoad({ rpe: null, minutes: 60, sets: [{ rpe: 7, ... }, { rpe: 9, ... }] }) → { rpe: 8, rpeSource: "sets", load: 480, ... }
 */
export function workoutLoad(w: Pick<Workout, "rpe" | "minutes" | "sets">): WorkoutLoad {
  const { rpe, rpeSource } = sessionRpeOf(w.rpe, meanSetRpe(w.sets));
  return { rpe, rpeSource, load: w.minutes === null ? null : sessionLoad(rpe, w.minutes), volumeLoad: volumeLoad(w.sets) };
}
