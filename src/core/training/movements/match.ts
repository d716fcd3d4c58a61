import { MOVEMENTS } from "./catalogue";

/**
 * A spelling-proof key for an exercise name: case, accents, punctuation, word order
 * and plural `s` are ignored, so "Deadlift (Barbell)", "barbell deadlift" and
 * "Barbell-Deadlifts" share one key, and "Pull Up" matches "Pullup".
 *
 * @example nameKey("Bench Press (Barbell)") === nameKey("barbell bench press")
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length >= 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .sort()
    .join("");
}

const index = new Map<string, string>();
for (const m of MOVEMENTS) for (const n of [m.name, m.aliases].flat()) index.set(nameKey(n), m.id);

/**
 * The catalogue id an exported exercise name stands for, or null when it is the
 * user's own exercise (kept under its own name, never guessed).
 *
 * @example matchMovement("Deadlift (Barbell)") === "barbell-deadlift"
 */
export function matchMovement(name: string): string | null {
  return index.get(nameKey(name)) ?? null;
}

/** What groups sets of one exercise: its catalogue id, or `user:` and its name key. */
export function exerciseKey(exerciseId: string | null, name: string): string {
  return exerciseId ?? `user:${nameKey(name)}`;
}

/**
 * `exerciseKey` for hot loops: name keys are worked out once per distinct name, since a
 * history repeats a few dozen names over hundreds of thousands of sets.
 */
export function exerciseKeyer(): (set: { exerciseId: string | null; exercise: string }) => string {
  const keys = new Map<string, string>();
  return ({ exerciseId, exercise }) => {
    if (exerciseId !== null) return exerciseId;
    let key = keys.get(exercise);
    if (key === undefined) {
      key = exerciseKey(null, exercise);
      keys.set(exercise, key);
    }
    return key;
  };
}
