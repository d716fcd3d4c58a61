import { EXERCISE_IDS, type Exercise, type ExerciseId } from "./schema";
import { birdDog } from "./entries/bird-dog";
import { catCamel } from "./entries/cat-camel";
import { chinTuck } from "./entries/chin-tuck";
import { coolDown } from "./entries/cool-down";
import { deadBug } from "./entries/dead-bug";
import { gluteBridge } from "./entries/glute-bridge";
import { kneeToChest } from "./entries/knee-to-chest";
import { shoulderBladeSqueeze } from "./entries/shoulder-blade-squeeze";
import { sidePlank } from "./entries/side-plank";
import { standingBackExtension } from "./entries/standing-back-extension";
import { walk } from "./entries/walk";
import { warmUp } from "./entries/warm-up";

/** Keyed by id so the compiler checks that every id has exactly one entry. */
const BY_ID: Record<ExerciseId, Exercise> = {
  "standing-back-extension": standingBackExtension,
  "knee-to-chest": kneeToChest,
  "bird-dog": birdDog,
  "chin-tuck": chinTuck,
  "shoulder-blade-squeeze": shoulderBladeSqueeze,
  "cat-camel": catCamel,
  "dead-bug": deadBug,
  "glute-bridge": gluteBridge,
  "side-plank": sidePlank,
  walk,
  "warm-up": warmUp,
  "cool-down": coolDown,
};

/** The whole catalogue, in the order of EXERCISE_IDS. */
export const EXERCISES: readonly Exercise[] = EXERCISE_IDS.map((id) => BY_ID[id]);

/** The exercise with this id, e.g. `getExercise("bird-dog").dosage.holdSeconds` → 5. */
export function getExercise(id: ExerciseId): Exercise {
  return BY_ID[id];
}

/** Total seconds of a routine's timed steps (warm-up, cool-down); 0 for untimed exercises. */
export function routineSeconds(exercise: Exercise): number {
  return exercise.steps.reduce((sum, step) => sum + (step.durationSeconds ?? 0), 0);
}
