import { exerciseKeyer } from "../core/training/movements/match";
import type { ImportResult } from "./schema";

/** What the `import` command prints: counts, and the rows left out with why. */
export interface ImportSummary {
  workouts: number;
  sets: number;
  /** Distinct exercises: catalogue movements, and the user's own by name. */
  exercises: number;
  skipped: { line: number; reason: string }[];
}

export function summarise(result: ImportResult): ImportSummary {
  const keyOf = exerciseKeyer();
  const exercises = new Set<string>();
  let sets = 0;
  for (const w of result.workouts) {
    sets += w.sets.length;
    for (const s of w.sets) exercises.add(keyOf(s));
  }
  return {
    workouts: result.workouts.length,
    sets,
    exercises: exercises.size,
    skipped: result.warnings.filter((w) => w.skipped).map(({ line, reason }) => ({ line, reason })),
  };
}
