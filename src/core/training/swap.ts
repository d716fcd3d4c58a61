import { movementById } from "./movements/catalogue";
import { exerciseKeyer } from "./movements/match";
import type { Movement } from "./movements/schema";
import type { DatedWorkout } from "./schema";
import { volumeLoad } from "./session-load";

/** T-SWAP's deload: about 60% of the exercise's recent load. */
export const DELOAD_FACTOR = 0.6;
/** "Recent" is the 28 days through today. */
const RECENT_DAYS = 28;

export interface Deload {
  factor: number;
  /** Heaviest working set of the last 28 days, and 60% of it rounded to 0.5 kg; null without one. */
  recentTopKg: number | null;
  topKg: number | null;
  /** Mean volume load (Σ reps × kg) per session with it over the last 28 days, and 60% of it. */
  recentVolumeLoad: number | null;
  volumeLoad: number | null;
}

export interface Swap {
  exercise: string;
  /** Back-friendlier movements from the catalogue, best first; none for the user's own exercises. */
  alternatives: Movement[];
  deload: Deload;
}

/**
 * T-SWAP: for an exercise linked to pain (T-PAINLINK) or marked as hurting, the catalogue's
 * back-friendlier alternatives and a deload to about 60% of its recent load, so training
 * goes on instead of stopping.
 *
 * @example swapFor("barbell-deadlift", workouts, today) → { alternatives: [trap-bar-deadlift, hip-thrust, glute-bridge], deload: { recentTopKg: 140, topKg: 84, ... } }
 */
export function swapFor(exercise: string, workouts: readonly Pick<DatedWorkout, "day" | "sets">[], today: number): Swap {
  const keyOf = exerciseKeyer();
  let top = 0;
  let volume = 0;
  let sessions = 0;
  for (const w of workouts) {
    if (w.day > today || w.day <= today - RECENT_DAYS) continue;
    const sets = w.sets.filter((s) => keyOf(s) === exercise);
    if (sets.length === 0) continue;
    sessions++;
    volume += volumeLoad(sets);
    for (const s of sets) if (s.kind !== "warmup" && s.reps && s.weightKg !== null && s.weightKg > top) top = s.weightKg;
  }
  const recentTopKg = top > 0 ? top : null;
  const recentVolumeLoad = sessions > 0 ? volume / sessions : null;
  return {
    exercise,
    alternatives: (movementById(exercise)?.swapTo ?? []).map((id) => movementById(id)!),
    deload: {
      factor: DELOAD_FACTOR,
      recentTopKg,
      topKg: recentTopKg === null ? null : Math.round(recentTopKg * DELOAD_FACTOR * 2) / 2,
      recentVolumeLoad,
      volumeLoad: recentVolumeLoad === null ? null : recentVolumeLoad * DELOAD_FACTOR,
    },
  };
}
