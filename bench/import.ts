/**
 * Strong import speed and memory: a generated 100,000-set Strong CSV (current header, `,`
 * delimiter, Rest Timer rows, quoted notes with commas, quotes and newlines), parsed by the
 * Strong importer and, separately, imported whole into a fresh SQLite database, each in its own
 * child process. Goal: under 2 s and under 300 MB peak RSS.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MOVEMENTS } from "../src/core/training";
import { emit, fmt, median, notMeasured, prng, say, under, type BenchRow } from "./lib";

const SETS = 100_000;
const PARSE_REPEATS = 5;
const DB_REPEATS = 3;
const GOAL_MS = 2000;
const GOAL_PEAK = 300e6;

const HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const TITLES = ["Push", "Pull", "Legs", "Upper A", "Lower B", "Full body", "Deadlift day"];
const NOTES = ["", "", "", "felt tight in the lower back", 'grip gave out, "hook" next time', "belt on, 2 plates, slow eccentric", "paused\nat the bottom"];
const OWN = ["Zercher Squat", "Jefferson Curl", "Meadows Row"];

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const pad = (n: number) => String(n).padStart(2, "0");
/** Strong writes local wall-clock time without a zone. */
const local = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

function strongCsv(): { text: string; sets: number; rows: number } {
  const r = prng(7);
  const strength = MOVEMENTS.filter((m) => m.category === "strength");
  const lines = [HEADER];
  let sets = 0;
  let day = Date.parse("2016-01-04T00:00:00Z");
  while (sets < SETS) {
    day += r.int(1, 2) * 86_400_000;
    const date = local(day + r.int(6 * 60, 20 * 60) * 60_000 + r.int(0, 59) * 1000);
    const title = r.pick(TITLES);
    const minutes = r.int(35, 130);
    const duration = minutes >= 60 ? `${Math.floor(minutes / 60)}h ${minutes % 60}m` : `${minutes}m`;
    const workoutNote = r.chance(0.1) ? csvField("slept badly, kept it light") : "";
    const row = (exercise: string, order: string, weight: string, reps: string, distance: string, seconds: string, note: string, rpe: string) =>
      lines.push([date, csvField(title), duration, csvField(exercise), order, weight, reps, distance, seconds, note, workoutNote, rpe].join(","));
    for (let e = 0, n = r.int(6, 9); e < n && sets < SETS; e++) {
      if (r.chance(0.05)) {
        // Cardio: distance (km) and time, no weight.
        row("Running", "1", "", "", (r.int(20, 100) / 10).toFixed(1), String(r.int(900, 3600)), "", "");
        sets++;
        continue;
      }
      const name = r.chance(0.08) ? r.pick(OWN) : r.pick(strength).name;
      const note = csvField(r.pick(NOTES));
      const working = r.int(8, 36) * 5;
      for (let k = 1, m = r.int(8, 14); k <= m && sets < SETS; k++) {
        const weight = r.chance(0.04) ? "" : (k <= 2 ? working / 2 : working).toFixed(1);
        const rpe = r.chance(0.3) ? String(r.int(6, 10)) : "";
        row(name, String(k), weight, `${r.int(3, 12)}.0`, "", "", note, rpe);
        sets++;
        if (r.chance(0.6)) row(name, "Rest Timer", "", "", "", String(r.pick([60, 90, 120, 180])), "", "");
      }
    }
  }
  return { text: `${lines.join("\n")}\n`, sets, rows: lines.length - 1 };
}

interface ChildResult {
  coldMs: number;
  times: number[];
  peakRss: number;
  baseline: number;
  errors: number;
  workouts: number;
  sets: number;
}

/** Runs one mode of bench/import-child.ts in a fresh process. */
function measure(mode: "parse" | "sqlite", file: string, dir: string, repeats: number, sets: number): ChildResult {
  const child = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", "bench/import-child.ts", mode, file, dir, String(repeats)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const out = JSON.parse(child.stdout.trim().split("\n").at(-1) || "null") as ChildResult | null;
  if (!out || out.errors || out.sets !== sets) throw new Error(`import child (${mode}) failed or disagreed: ${child.stdout.slice(0, 300)}`);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "backcoach-import-"));
const rows: BenchRow[] = [];
try {
  const csv = strongCsv();
  const file = join(dir, "strong.csv");
  writeFileSync(file, csv.text);
  const size = `${(statSync(file).size / 1e6).toFixed(1)} MB`;
  say(`import: ${csv.sets} sets in ${csv.rows} rows, ${size}`);
  const what = `${fmt(csv.sets, 0)} sets, ${fmt(csv.rows, 0)} rows incl. Rest Timer rows and quoted notes, ${size}`;
  for (const [mode, label, repeats, how] of [
    ["parse", "parse only", PARSE_REPEATS, "parseStrong, file read included"],
    ["sqlite", "into SQLite", DB_REPEATS, "importExport: parse, then every workout and set written in one transaction, each run into a fresh migrated SQLite file (WAL, synchronous = NORMAL)"],
  ] as const) {
    const out = measure(mode, file, dir, repeats, csv.sets);
    const ms = median(out.times);
    say(`import: ${label}: median ${ms.toFixed(0)} ms (cold ${out.coldMs.toFixed(0)} ms), peak RSS ${(out.peakRss / 1e6).toFixed(0)} MB`);
    rows.push(
      {
        section: "import",
        metric: `Strong CSV, 100,000 sets, ${label}: time`,
        value: `${fmt(ms, 0)} ms`,
        goal: `< ${fmt(GOAL_MS, 0)} ms`,
        ...under(ms, GOAL_MS, "ms"),
        note: `median of ${repeats} after a cold first run (${fmt(out.coldMs, 0)} ms); ${how}; ${fmt(out.workouts, 0)} workouts; ${what}`,
      },
      {
        section: "import",
        metric: `Strong CSV, 100,000 sets, ${label}: peak RSS`,
        value: `${(out.peakRss / 1e6).toFixed(0)} MB`,
        goal: "< 300 MB",
        ...under(out.peakRss / 1e6, GOAL_PEAK / 1e6, "MB"),
        note: `maxRSS of a fresh process after one import; ${(out.baseline / 1e6).toFixed(0)} MB of it is Node + tsx + the modules before reading the file`,
      },
    );
  }
} catch (err) {
  const why = (err as Error).message.slice(0, 300);
  rows.push(notMeasured("import", "Strong CSV, 100,000 sets", "< 2 s, < 300 MB", why));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
emit(rows);
