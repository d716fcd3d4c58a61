import { SET_KINDS, type SetKind } from "../core/training/schema";
import { columns, importLog, movementMatcher, setFigures, toSet, unitColumn } from "./build";
import { readCsv } from "./csv";
import { workoutMinutes } from "./duration";
import { localTimeReader } from "./local-time";
import { kgPer, metresPer } from "./numbers";
import type { ImportResult } from "./schema";

const REQUIRED = ["title", "start_time", "exercise_title", "set_type", "reps"];
/** Hevy writes `7 Apr 2026, 10:14`, some exports `May 15, 2026, 7:26 PM`. */
const TIME_FORMATS = ["d MMM yyyy, HH:mm", "MMM d, yyyy, h:mm a"];
const isSetKind = (t: string): t is SetKind => (SET_KINDS as readonly string[]).includes(t);

/**
 * Hevy's CSV export → workouts. Metric (`weight_kg`, `distance_km`) and imperial
 * (`weight_lbs`, `distance_miles`) headers; local times read in `timeZone`; `set_type`
 * warmup, normal, dropset or failure; an empty weight is a bodyweight set. A bad row is
 * skipped with its line; a wrong header or an unreadable time rejects the file.
 *
 * @example parseHevy(csvText, "Europe/Lisbon") → { workouts: [...], errors: [], warnings: [] }
 */
export function parseHevy(text: string, timeZone: string): ImportResult {
  const table = readCsv(text);
  if (!table.ok) return { workouts: [], errors: [table.error], warnings: [] };
  const { header, rows } = table;
  const log = importLog();
  const weight = unitColumn(header, /^weight_(kg|lbs)$/);
  const distance = unitColumn(header, /^distance_(km|miles)$/);
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (weight.index < 0) missing.push("weight_kg");
  if (missing.length > 0) {
    log.error(1, `Not a Hevy export: no ${missing.map((m) => `"${m}"`).join(", ")} column.`);
    return log.result();
  }
  const c = columns(header, {
    title: "title",
    start: "start_time",
    end: "end_time",
    description: "description",
    exercise: "exercise_title",
    exerciseNotes: "exercise_notes",
    type: "set_type",
    reps: "reps",
    seconds: "duration_seconds",
    rpe: "rpe",
  });
  const kg = kgPer(weight.unit!)!;
  const metres = metresPer(distance.unit ?? "km")!;
  const readTime = localTimeReader(TIME_FORMATS, timeZone);
  const movementOf = movementMatcher();
  const cell = (cells: string[], i: number) => (i < 0 ? "" : cells[i]!.trim());

  for (const { line, cells } of rows) {
    if (log.tooManyErrors()) break;
    const startText = cell(cells, c.start);
    const start = readTime(startText);
    const endText = cell(cells, c.end);
    const end = endText ? readTime(endText) : null;
    if (!start || (endText && !end)) {
      log.error(line, `Unreadable time "${start ? endText : startText}": expected like "7 Apr 2026, 10:14".`);
      continue;
    }
    const exercise = cell(cells, c.exercise);
    if (!exercise) {
      log.skip(line, "No exercise title.");
      continue;
    }
    const type = cell(cells, c.type).toLowerCase();
    if (!isSetKind(type)) {
      log.skip(line, `Unknown set_type "${type}".`);
      continue;
    }
    const figures = setFigures(log, line, header, cells, { weight: weight.index, reps: c.reps, distance: distance.index, seconds: c.seconds, rpe: c.rpe });
    if (!figures) continue;

    const title = cell(cells, c.title);
    const group = `${start.local}|${title}`;
    let workout = log.workouts.get(group);
    if (!workout) {
      let minutes: number | null = null;
      if (end) {
        const ms = Date.parse(end.instant) - Date.parse(start.instant);
        if (ms < 0) log.warn(line, `end_time "${endText}" is before start_time: duration left empty.`);
        else {
          const m = workoutMinutes(ms / 1000);
          if (m.capped) log.warn(line, `A workout of ${Math.round(ms / 60_000)} minutes looks never ended: counted as ${m.minutes} minutes.`);
          minutes = m.minutes;
        }
      }
      const notes = cell(cells, c.description);
      workout = { source: "hevy", key: `hevy|${start.local}|${title}`, title, startedAt: start.instant, minutes, rpe: null, ...(notes && { notes }), sets: [] };
      log.workouts.set(group, workout);
    }
    const note = cell(cells, c.exerciseNotes);
    workout.sets.push(toSet(exercise, movementOf(exercise), type, figures, { kg, metres }, note));
  }
  return log.result();
}
