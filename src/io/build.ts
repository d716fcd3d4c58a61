import { matchMovement } from "../core/training/movements/match";
import type { Workout } from "../core/training/schema";
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
