import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";

/** One line of BENCHMARKS.md: a figure beside its goal (and its ceiling, where one exists). */
export interface BenchRow {
  section: string;
  metric: string;
  value: string;
  goal: string;
  ceiling?: string;
  verdict: "met" | "missed" | "info" | "not measured";
  note?: string;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Runs `fn` `repeats` times and returns the median of the elapsed milliseconds. */
export async function medianMs(repeats: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Like medianMs for synchronous work, collecting garbage first so one pass does not pay for the last. */
export function medianSyncMs(repeats: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export const machine = () => ({
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? "unknown",
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
});

export const verdict = (met: boolean): BenchRow["verdict"] => (met ? "met" : "missed");

export const fmt = (n: number, digits = 2): string =>
  n >= 1000 ? Math.round(n).toLocaleString("en-US") : n.toFixed(digits);

export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** A row for a benchmark whose subject could not be measured, saying why instead of guessing a figure. */
export const notMeasured = (section: string, metric: string, goal: string, why: string): BenchRow => ({
  section,
  metric,
  value: "not measured",
  goal,
  verdict: "not measured",
  note: why,
});

/**
 * A small seeded PRNG (mulberry32), so every run generates the same data and figures compare
 * across runs and machines. Not for anything but test data.
 */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number): boolean => next() < p,
  };
}

/** Resident memory of a process, from /proc (Linux): VmRSS now, VmHWM the peak. */
export function procMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kib("VmRSS"), peak: kib("VmHWM") };
}

/** A bench file run on its own prints its rows as one JSON line, for bench/run.ts to collect. */
export function emit(rows: BenchRow[]): void {
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}

/** Progress for the person watching: stderr, so stdout keeps only the rows. */
export const say = (msg: string): void => {
  process.stderr.write(`  ${msg}\n`);
};
