import { importLog, movementMatcher, columns, setFigures, toSet, unitColumn } from "./build";
import { readCsv } from "./csv";
import { parseDuration, workoutMinutes } from "./duration";
import { localTimeReader } from "./local-time";
import { kgPer, metresPer } from "./numbers";
import type { ImportResult } from "./schema";

export interface StrongOptions {
  /**
   * Units for files whose columns do not say (Strong's current export writes weights and
   * distances in the user's units with no unit column): metric = kg and km, imperial = lbs and miles.
   */
  units?: "metric" | "imperial";
}

const REQUIRED = ["Date", "Workout Name", "Exercise Name", "Set Order", "Reps"];
/** Rows that are not sets: a rest timer (its length in Seconds) or an exercise note. */
const NOT_SETS = new Set(["rest timer", "note"]);

/**
 * Strong's CSV export → workouts. Reads the current header (`Date,Workout Name,Duration,…,RPE`,
 * `,` from iOS or `;` from Android) and the older one (`Workout #`, `Duration (sec)`,
 * `Weight (kg)`/`(lbs)`, `Distance (meters)`), with optional `Weight Unit`/`Distance Unit`
 * columns. Local times are read in `timeZone`. Rest-timer and note rows are passed over;
 * a bad row is skipped with its line; a wrong header or an unreadable date rejects the file.
 *
 * @example parseStrong(csvText, "Europe/Berlin") → { workouts: [...], errors: [], warnings: [] }
 */
export function parseStrong(text: string, timeZone: string, options: StrongOptions = {}): ImportResult {
  const table = readCsv(text);
  if (!table.ok) return { workouts: [], errors: [table.error], warnings: [] };
  const { header, rows } = table;
  const log = importLog();
  const missing = REQUIRED.filter((name) => !header.includes(name));
  const weight = unitColumn(header, /^Weight(?: \((\w+)\))?$/i);
  if (weight.index < 0) missing.push("Weight");
  if (missing.length > 0) {
    log.error(1, `Not a Strong export: no ${missing.map((m) => `"${m}"`).join(", ")} column.`);
    return log.result();
  }
  const distance = unitColumn(header, /^Distance(?: \((\w+)\))?$/i);
  const c = columns(header, {
    number: "Workout #",
    date: "Date",
    title: "Workout Name",
    duration: "Duration",
    durationSec: "Duration (sec)",
    exercise: "Exercise Name",
    order: "Set Order",
    reps: "Reps",
    seconds: "Seconds",
    notes: "Notes",
    workoutNotes: "Workout Notes",
    rpe: "RPE",
    weightUnit: "Weight Unit",
    distanceUnit: "Distance Unit",
  });
  const imperial = options.units === "imperial";
  const defaultWeightUnit = weight.unit ?? (imperial ? "lbs" : "kg");
  const defaultDistanceUnit = distance.unit ?? (imperial ? "miles" : "km");
  let assumedUnits = weight.unit === undefined && c.weightUnit < 0;
  const readTime = localTimeReader(["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"], timeZone);
  const movementOf = movementMatcher();
  const cell = (cells: string[], i: number) => (i < 0 ? "" : cells[i]!.trim());

  for (const { line, cells } of rows) {
    if (log.tooManyErrors()) break;
    const order = cell(cells, c.order);
    if (NOT_SETS.has(order.toLowerCase())) continue;
    const dateText = cell(cells, c.date);
    const at = readTime(dateText);
    if (!at) {
      log.error(line, `Unreadable date "${dateText}": expected YYYY-MM-DD HH:MM:SS.`);
      continue;
    }
    const exercise = cell(cells, c.exercise);
    if (!exercise) {
      log.skip(line, "No exercise name.");
      continue;
    }
    if (!/^\d+$/.test(order)) {
      log.skip(line, `Set Order "${order}" is not a set number.`);
      continue;
    }
    const weightUnit = cell(cells, c.weightUnit) || defaultWeightUnit;
    const distanceUnit = cell(cells, c.distanceUnit) || defaultDistanceUnit;
    const kg = kgPer(weightUnit);
    const metres = metresPer(distanceUnit);
    if (kg === undefined || metres === undefined) {
      log.skip(line, `Unknown unit "${kg === undefined ? weightUnit : distanceUnit}".`);
      continue;
    }
    const figures = setFigures(log, line, header, cells, { weight: weight.index, reps: c.reps, distance: distance.index, seconds: c.seconds, rpe: c.rpe });
    if (!figures) continue;
    if (assumedUnits && (figures.weight !== null || figures.distance !== null)) {
      log.warn(1, `The file does not say its units: weights read as ${defaultWeightUnit}, distances as ${defaultDistanceUnit}.`);
      assumedUnits = false;
    }

    const title = cell(cells, c.title);
    const group = `${cell(cells, c.number)}|${at.local}|${title}`;
    let workout = log.workouts.get(group);
    if (!workout) {
      const durationText = cell(cells, c.duration >= 0 ? c.duration : c.durationSec);
      const durationSeconds = durationText ? parseDuration(durationText) : null;
      if (durationText && durationSeconds === null) log.warn(line, `Unreadable duration "${durationText}": left empty.`);
      const minutes = durationSeconds === null ? null : workoutMinutes(durationSeconds);
      if (minutes?.capped) log.warn(line, `Duration "${durationText}" looks like a workout never ended: counted as ${minutes.minutes} minutes.`);
      const notes = cell(cells, c.workoutNotes);
      workout = { source: "strong", key: `strong|${at.local}|${title}`, title, startedAt: at.instant, minutes: minutes?.minutes ?? null, rpe: null, ...(notes && { notes }), sets: [] };
      log.workouts.set(group, workout);
    }
    const note = cell(cells, c.notes);
    workout.sets.push(toSet(exercise, movementOf(exercise), "normal", figures, { kg, metres }, note));
  }
  return log.result();
}
