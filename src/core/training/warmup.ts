import { movementById } from "./movements/catalogue";
import type { Workout, WorkoutSet } from "./schema";

export interface WarmupCheck {
  missingWarmUp: boolean;
  missingCoolDown: boolean;
}

/** Cardio or mobility work (a treadmill walk, a bike, stretches) warms up or cools down. */
const isEasyWork = (s: WorkoutSet | undefined): boolean => {
  const category = s?.exerciseId ? movementById(s.exerciseId)?.category : undefined;
  return category === "cardio" || category === "mobility";
};

/**
 * T-WARMUP: flags a workout without a warm-up or without a cool-down. What the app's
 * routines recorded (`warmUp`, `coolDown`) decides; for imported workouts, which record
 * neither, a workout warms up when it opens with warm-up sets or with cardio or mobility
 * work, and cools down when it ends with cardio or mobility work.
 *
 * @example warmupCheck({ sets: [treadmill, squats] }) → { missingWarmUp: false, missingCoolDown: true }
 */
export function warmupCheck(w: Pick<Workout, "warmUp" | "coolDown" | "sets">): WarmupCheck {
  const first = w.sets[0];
  const warmedUp = w.warmUp ?? (first?.kind === "warmup" || isEasyWork(first));
  const cooledDown = w.coolDown ?? isEasyWork(w.sets.at(-1));
  return { missingWarmUp: !warmedUp, missingCoolDown: !cooledDown };
}
