import type { WorkoutSet } from "./schema";

/**
 * T-LOAD: session load (Foster et al. 2001) = session RPE × minutes, in arbitrary units.
 *
 * @example sessionLoad(7, 60) === 420
 */
export const sessionLoad = (rpe: number, minutes: number): number => rpe * minutes;

/**
 * T-LOAD for strength work: volume load Σ reps × kg over the working sets. Warm-up sets are
 * left out (they prepare, they do not load); bodyweight sets (weight null) add no external load.
 *
 * @example volumeLoad([{ kind: "normal", reps: 5, weightKg: 100 }]) === 500
 */
export function volumeLoad(sets: readonly Pick<WorkoutSet, "kind" | "reps" | "weightKg">[]): number {
  let total = 0;
  for (const s of sets) if (s.kind !== "warmup" && s.reps !== null && s.weightKg !== null) total += s.reps * s.weightKg;
  return total;
}
