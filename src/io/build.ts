import { matchMovement } from "../core/training/movements/match";
import type { SetKind, Workout, WorkoutSet } from "../core/training/schema";
import { readNumbers } from "./numbers";
import type { ImportIssue, ImportResult, ImportWarning } from "./schema";

/** More errors than this say nothing new: the file is rejected either way. */
const MAX_ERRORS = 20;

/** `matchMovement`, worked out once per distinct exported name. */
export function movementMatcher(): (name: string) => string | null {
  const ids = new Map<string, string | null>();
  return (name) => {
    let id = ids.get(name);
    if (id === undefined) {
      id = matchMovement(name);
      ids.set(name, id);
    }
    return id;
  };
}

/** Collects one import's workouts, errors and warnings, and hands back all or nothing. */
export function importLog() {
  const workouts = new Map<string, Workout>();
  const errors: ImportIssue[] = [];
  const warnings: ImportWarning[] = [];
  return {
    workouts,
    /** A problem that rejects the whole file. */
    error: (line: number, reason: string) => void (errors.length < MAX_ERRORS && errors.push({ line, reason })),
    /** A row kept with a change. */
    warn: (line: number, reason: string) => void warnings.push({ line, reason, skipped: false }),
    /** A row left out. */
    skip: (line: number, reason: string) => void warnings.push({ line, reason, skipped: true }),
    tooManyErrors: () => errors.length >= MAX_ERRORS,
    /** Workouts with at least one set, or none at all when anything was an error. */
    result: (): ImportResult =>
      errors.length > 0 ? { workouts: [], errors, warnings } : { workouts: [...workouts.values()].filter((w) => w.sets.length > 0), errors, warnings },
  };
}

/** The header's index of each column, -1 when absent. */
export const columns = <K extends string>(header: readonly string[], names: Record<K, string>): Record<K, number> =>
  Object.fromEntries(Object.entries<string>(names).map(([k, name]) => [k, header.indexOf(name)])) as Record<K, number>;

/** The first header name matching `pattern`, with its index and first capture (a unit in parentheses). */
export function unitColumn(header: readonly string[], pattern: RegExp): { index: number; unit: string | undefined } {
  for (let i = 0; i < header.length; i++) {
    const m = pattern.exec(header[i]!);
    if (m) return { index: i, unit: m[1] };
  }
  return { index: -1, unit: undefined };
}

type SetFigure = "weight" | "reps" | "distance" | "seconds" | "rpe";
/** Above this no weight, count, distance or time in a workout export is real (and loads would overflow). */
const MAX_FIGURE = 1_000_000;
type ImportLog = ReturnType<typeof importLog>;

/**
 * A set row's numbers, or undefined when the row is left out (logged as skipped): a cell that
 * is not a number, an RPE above 10, a figure too large to be real, or a row with no weight,
 * reps, distance or time.
 */
export function setFigures(
  log: ImportLog,
  line: number,
  header: readonly string[],
  cells: readonly string[],
  indexes: Record<SetFigure, number>,
): Record<SetFigure, number | null> | undefined {
  const figures = readNumbers(cells, indexes);
  if (!figures.ok) return void log.skip(line, `${header[figures.index]} "${figures.text}" is not a number.`);
  const { weight, reps, distance, seconds, rpe } = figures.values;
  if (rpe !== null && rpe > 10) return void log.skip(line, `${header[indexes.rpe]} ${rpe} is above 10.`);
  const huge = (Object.keys(indexes) as SetFigure[]).find((k) => (figures.values[k] ?? 0) > MAX_FIGURE);
  if (huge) return void log.skip(line, `${header[indexes[huge]]} ${figures.values[huge]} is too large to be real.`);
  if (weight === null && reps === null && distance === null && seconds === null)
    return void log.skip(line, "No weight, reps, distance or time.");
  return figures.values;
}

/** One set as the training core keeps it: weights in kg and distances in metres, by the file's units. */
export function toSet(
  exercise: string,
  exerciseId: string | null,
  kind: SetKind,
  f: Record<SetFigure, number | null>,
  per: { kg: number; metres: number },
  note: string,
): WorkoutSet {
  return {
    exercise,
    exerciseId,
    kind,
    weightKg: f.weight === null ? null : f.weight * per.kg,
    reps: f.reps,
    distanceM: f.distance === null ? null : f.distance * per.metres,
    seconds: f.seconds,
    rpe: f.rpe,
    ...(note && { note }),
  };
}
