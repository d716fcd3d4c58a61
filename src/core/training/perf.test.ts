import { describe, expect, it } from "vitest";
import { acwr } from "./acwr";
import { dailyLoad } from "./daily-load";
import { dateWorkouts } from "./dated";
import { jumps } from "./jump";
import { painLinks } from "./pain-link";
import type { Workout, WorkoutSet } from "./schema";
import { sessionLoad, volumeLoad } from "./session-load";
import { swapFor } from "./swap";
import { warmupCheck } from "./warmup";
import { weeklyLoad } from "./weekly";

/** Ten years, four workouts a week, 8 exercises × 12 sets: 2080 workouts, 199,680 sets. */
function history(): Workout[] {
  const ids = ["back-squat", "barbell-deadlift", "bench-press", "overhead-press", "bent-over-row", "pull-up", "leg-press", null];
  const start = Date.parse("2016-01-04T17:00:00Z");
  const out: Workout[] = [];
  for (let i = 0; i < 2080; i++) {
    const sets: WorkoutSet[] = [];
    for (const [e, id] of ids.entries())
      for (let k = 0; k < 12; k++)
        sets.push({ exercise: id ?? "Zercher Squat", exerciseId: id, kind: k === 0 ? "warmup" : "normal", weightKg: 40 + ((i + e * 7 + k) % 60), reps: 5 + (k % 5), distanceM: null, seconds: null, rpe: null });
    out.push({ source: "app", key: String(i), title: "W", startedAt: new Date(start + Math.floor(i * 1.75) * 86_400_000).toISOString(), minutes: 60, rpe: 6 + (i % 4), sets });
  }
  return out;
}

describe("analytics speed", () => {
  it("computes a 10-year, ~200,000-set history in well under 50 ms of CPU", () => {
    const workouts = history();
    expect(workouts.reduce((n, w) => n + w.sets.length, 0)).toBe(199_680);
    const onsets = Array.from({ length: 20 }, (_, i) => Date.parse(workouts[i * 100]!.startedAt) + 86_400_000);
    const all = () => {
      const dated = dateWorkouts(workouts, "Europe/Berlin");
      const daily = dailyLoad(dated.map((w) => ({ day: w.day, load: sessionLoad(w.rpe!, w.minutes!) })));
      const volume = dailyLoad(dated.map((w) => ({ day: w.day, load: volumeLoad(w.sets) })));
      return [acwr(daily.loads), acwr(volume.loads), weeklyLoad(daily), jumps(dated), dated.map(warmupCheck), painLinks(dated, onsets), swapFor("barbell-deadlift", dated, dated.at(-1)!.day)];
    };
    all(); // warm the JIT
    // CPU time, not wall time: a busy CI machine stretches the wall clock, not the work
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const start = process.cpuUsage();
      all();
      const used = process.cpuUsage(start);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    expect(best).toBeLessThan(50);
  });
});
