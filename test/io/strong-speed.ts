/**
 * Hand-run speed check, not a test: `npx tsx test/io/strong-speed.ts`. Generates a Strong
 * CSV of 100,000 sets (2,000 workouts of 50, quoted notes, rest-timer rows) and times
 * parseStrong on it. The goal is well under 2 s.
 */
import { parseStrong } from "../../src/io/strong";

const exercises = ["Deadlift (Barbell)", "Squat (Barbell)", "Bench Press (Barbell)", "Pull Up", "Shoulder Press (Machine)", "Jefferson Curl (Kettlebell)"];
const lines = ["Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"];
const start = Date.parse("2016-01-04T17:00:00Z");
for (let w = 0; w < 2000; w++) {
  const date = new Date(start + w * 2 * 86_400_000).toISOString().slice(0, 19).replace("T", " ");
  for (let s = 0; s < 50; s++) {
    const exercise = exercises[Math.floor(s / 9) % exercises.length]!;
    const weight = exercise === "Pull Up" ? "" : String(40 + ((w + s) % 80));
    const note = s % 10 === 0 ? '"felt fine, moved well"' : "";
    lines.push(`${date},"Day ${w % 3}, heavy",1h 5m,${exercise},${(s % 9) + 1},${weight},${5 + (s % 5)}.0,,,${note},,${s % 4 === 0 ? "8" : ""}`);
    if (s % 9 === 8) lines.push(`${date},"Day ${w % 3}, heavy",1h 5m,${exercise},Rest Timer,,,,180,,,`);
  }
}
const text = lines.join("\n");
const cpu = process.cpuUsage();
const t = performance.now();
const r = parseStrong(text, "Europe/Berlin");
const ms = performance.now() - t;
const used = process.cpuUsage(cpu);
const sets = r.workouts.reduce((n, w) => n + w.sets.length, 0);
console.log(`${(text.length / 1e6).toFixed(1)} MB, ${lines.length - 1} rows → ${r.workouts.length} workouts, ${sets} sets, ${r.errors.length} errors in ${ms.toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms)`);
