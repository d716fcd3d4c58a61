import { exerciseKeyer } from "./movements/match";
import type { DatedWorkout } from "./schema";

/** The last 4 weeks before a workout's day (T-JUMP). */
const WINDOW_DAYS = 28;

/** A top-set weight more than 10% above the exercise's best of the last 4 weeks (T-JUMP). */
export interface Jump {
  /** Index of the workout in the input. */
  workout: number;
  day: number;
  /** Catalogue id, or `user:` key of the user's own exercise. */
  exercise: string;
  name: string;
  topKg: number;
  bestKg: number;
  /** topKg ÷ bestKg − 1: 0.125 = 12.5% heavier. */
  increase: number;
}

type JumpWorkout = Pick<DatedWorkout, "day" | "sets">;

/**
 * T-JUMP: for each workout and exercise, its top set (heaviest working set with reps; warm-up
 * and bodyweight sets ignored) against the best top set of the 28 days before that day.
 * With no such history there is nothing to compare (a first time, or after a 4-week break,
 * which P-RETURN covers). Workouts may come in any order.
 *
 * @example jumps([{ day: 0, sets: [bench 100 kg] }, { day: 7, sets: [bench 112.5 kg] }]) → [{ workout: 1, topKg: 112.5, bestKg: 100, increase: 0.125, ... }]
 */
export function jumps(workouts: readonly JumpWorkout[]): Jump[] {
  const keyOf = exerciseKeyer();
  const order = workouts.map((_, i) => i).sort((a, b) => workouts[a]!.day - workouts[b]!.day || a - b);
  /** Per exercise: days and top sets so far, in day order. */
  const history = new Map<string, { days: number[]; tops: number[] }>();
  const found: Jump[] = [];
  for (const wi of order) {
    const { day, sets } = workouts[wi]!;
    const tops = new Map<string, { top: number; name: string }>();
    for (const s of sets) {
      if (s.kind === "warmup" || s.weightKg === null || !s.reps) continue;
      const key = keyOf(s);
      const t = tops.get(key);
      if (!t) tops.set(key, { top: s.weightKg, name: s.exercise });
      else if (s.weightKg > t.top) t.top = s.weightKg;
    }
    for (const [key, { top, name }] of tops) {
      let h = history.get(key);
      if (!h) history.set(key, (h = { days: [], tops: [] }));
      let best = 0;
      for (let j = h.days.length - 1; j >= 0 && h.days[j]! >= day - WINDOW_DAYS; j--)
        if (h.days[j]! < day && h.tops[j]! > best) best = h.tops[j]!;
      // top > 1.1 × best, written so that 110 against 100 is not "more" through rounding
      if (best > 0 && top * 10 > best * 11)
        found.push({ workout: wi, day, exercise: key, name, topKg: top, bestKg: best, increase: top / best - 1 });
    }
    for (const [key, { top }] of tops) {
      const h = history.get(key)!;
      h.days.push(day);
      h.tops.push(top);
    }
  }
  return found;
}
