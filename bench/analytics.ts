/**
 * Training analytics speed: load (session and volume, by local day), ACWR and pain links over
 * 1, 3 and 10 years of heavy training (~20,000 sets a year, generated deterministically).
 * Goal: 10 years under 50 ms; the 10y/1y ratio shows whether the cost grows linearly (≈ 10).
 */
import {
  MOVEMENTS,
  acwr,
  dailyLoad,
  dateWorkouts,
  painLinks,
  sessionLoad,
  volumeLoad,
  type DatedWorkout,
  type Workout,
  type WorkoutSet,
} from "../src/core/training";
import { emit, fmt, medianSyncMs, prng, say, under, type BenchRow } from "./lib";

const ZONE = "Europe/Berlin";
const START = Date.parse("2016-01-04T06:00:00Z");
const DAY = 86_400_000;
const REPEATS = 21;
const GOAL_10Y_MS = 50;

const strength = MOVEMENTS.filter((m) => m.category === "strength");
/** The user's own exercises, which the catalogue does not know: kept under their names. */
const OWN = ["Zercher Squat", "Jefferson Curl", "Meadows Row", "Pendlay Row (Paused)"];

/** `years` of training: ~4.5 sessions a week, 6–9 exercises of 8–14 sets, a pain episode every ~3 months. */
function history(years: number): { workouts: Workout[]; onsets: number[] } {
  const r = prng(42);
  const workouts: Workout[] = [];
  const onsets: number[] = [];
  const end = START + years * 365 * DAY;
  for (let day = START; day < end; day += DAY) {
    if (r.chance(1 / 90)) onsets.push(day + r.int(6, 22) * 3_600_000);
    if (!r.chance(4.5 / 7)) continue;
    const sets: WorkoutSet[] = [];
    const exercises = r.int(6, 9);
    for (let e = 0; e < exercises; e++) {
      const own = r.chance(0.08);
      const m = r.pick(strength);
      const name = own ? r.pick(OWN) : m.name;
      const working = r.int(40, 180);
      for (let k = 0, n = r.int(8, 14); k < n; k++) {
        const warm = k < 2;
        sets.push({
          exercise: name,
          exerciseId: own ? null : m.id,
          kind: warm ? "warmup" : r.chance(0.05) ? "failure" : "normal",
          weightKg: r.chance(0.05) ? null : warm ? working / 2 : working,
          reps: r.int(3, 12),
          distanceM: null,
          seconds: null,
          rpe: r.chance(0.4) ? r.int(6, 10) : null,
        });
      }
    }
    workouts.push({
      source: "strong",
      key: `w${workouts.length}`,
      title: "Training",
      startedAt: new Date(day + r.int(5, 20) * 3_600_000 + r.int(0, 59) * 60_000).toISOString(),
      minutes: r.int(45, 110),
      rpe: r.int(5, 9),
      sets,
    });
  }
  return { workouts, onsets };
}

/** The analytics a training page shows, from stored workouts to its figures. */
const load = (workouts: readonly Workout[]) => {
  const dated = dateWorkouts(workouts, ZONE);
  const session = dailyLoad(dated.map((w) => ({ day: w.day, load: sessionLoad(w.rpe ?? 0, w.minutes ?? 0) })));
  const volume = dailyLoad(dated.map((w) => ({ day: w.day, load: volumeLoad(w.sets) })));
  return { dated, session, volume };
};
const all = (workouts: readonly Workout[], onsets: readonly number[]) => {
  const { dated, session, volume } = load(workouts);
  return [acwr(session.loads), acwr(volume.loads), painLinks(dated, onsets)];
};

const rows: BenchRow[] = [];
const full = history(10);
const times = new Map<number, number>();
for (const years of [1, 3, 10]) {
  const cutoff = START + years * 365 * DAY;
  const workouts = full.workouts.filter((w) => Date.parse(w.startedAt) < cutoff);
  const onsets = full.onsets.filter((o) => o < cutoff);
  const sets = workouts.reduce((n, w) => n + w.sets.length, 0);
  for (let i = 0; i < 3; i++) all(workouts, onsets); // warm the JIT
  const { wall: ms, cpu } = medianSyncMs(REPEATS, () => all(workouts, onsets));
  times.set(years, ms);
  say(`analytics: ${years}y, ${workouts.length} workouts, ${sets} sets: ${ms.toFixed(2)} ms`);
  const what = `${fmt(workouts.length, 0)} workouts, ${fmt(sets, 0)} sets, ${onsets.length} pain onsets; median of ${REPEATS}; CPU time ${cpu.toFixed(1)} ms`;
  rows.push(
    years === 10
      ? { section: "analytics", metric: `load + ACWR + pain links, ${years} years`, value: `${ms.toFixed(1)} ms`, goal: `< ${GOAL_10Y_MS} ms`, ...under(ms, GOAL_10Y_MS, "ms", 1), note: what }
      : { section: "analytics", metric: `load + ACWR + pain links, ${years} year${years > 1 ? "s" : ""}`, value: `${ms.toFixed(1)} ms`, goal: "—", verdict: "info", note: what },
  );
}

// Where the 10 years' time goes, so a miss says which part to work on.
const ten = full.workouts;
let dated: DatedWorkout[] = [];
const parts = {
  "dating + daily loads": medianSyncMs(REPEATS, () => (dated = load(ten).dated)).wall,
  "ACWR (both series)": (() => {
    const { session, volume } = load(ten);
    return medianSyncMs(REPEATS, () => [acwr(session.loads), acwr(volume.loads)]).wall;
  })(),
  "pain links": medianSyncMs(REPEATS, () => painLinks(dated, full.onsets)).wall,
};
const split = Object.entries(parts)
  .map(([k, v]) => `${k} ${v.toFixed(1)} ms`)
  .join(", ");
const ratio = times.get(10)! / times.get(1)!;
rows.push({
  section: "analytics",
  metric: "10y ÷ 1y time",
  value: `${ratio.toFixed(1)}×`,
  goal: "≈ 10 (linear)",
  verdict: "info",
  note: `10 years split: ${split}`,
});
emit(rows);
