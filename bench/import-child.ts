/**
 * The import benchmark's measured process: reads a Strong CSV and parses it, once cold (its
 * peak RSS is what one import costs a fresh process) and then `repeats` more times for the
 * time. Run by bench/import.ts: `node bench/import-child.ts FILE REPEATS`; prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseStrong } from "../src/io/strong";
import { summarise } from "../src/io/summary";

const [file, repeats] = process.argv.slice(2);
const baseline = process.memoryUsage.rss();
const importOnce = () => {
  const t0 = performance.now();
  const result = parseStrong(readFileSync(file!, "utf8"), "Europe/Berlin");
  return { ms: performance.now() - t0, result };
};

const cold = importOnce();
// maxRSS is in KiB: the process's peak resident memory so far, start-up included.
const peakRss = process.resourceUsage().maxRSS * 1024;
const summary = summarise(cold.result);
const times: number[] = [];
for (let i = 0; i < Number(repeats); i++) {
  globalThis.gc?.();
  times.push(importOnce().ms);
}
process.stdout.write(
  `${JSON.stringify({ coldMs: cold.ms, times, peakRss, baseline, errors: cold.result.errors.length, workouts: summary.workouts, sets: summary.sets, skipped: summary.skipped.length })}\n`,
);
