import { localDayOf } from "./day";
import type { DatedWorkout, Workout } from "./schema";

/** Adds each workout's local day and start instant, once, before the analytics run. */
export function dateWorkouts(workouts: readonly Workout[], timeZone: string): DatedWorkout[] {
  const dayOf = localDayOf(timeZone);
  return workouts.map((w) => {
    const startMs = Date.parse(w.startedAt);
    return { ...w, startMs, day: dayOf(startMs) };
  });
}
