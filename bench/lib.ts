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
  /** How far from the goal: the room to spare, or by how much it was missed. */
  margin?: string;
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

/**
 * Like medianMs for synchronous work, collecting garbage first so one pass does not pay for the
 * last. Gives the median wall time and the median CPU time (user + system, all threads): on a
 * machine others are busy on, the CPU time is close to what the wall time would be on a quiet one.
 */
export function medianSyncMs(repeats: number, fn: () => unknown): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export const machine = () => ({
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? "unknown",
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
});

export const verdict = (met: boolean): BenchRow["verdict"] => (met ? "met" : "missed");

export interface Judged {
  verdict: BenchRow["verdict"];
  margin: string;
}

/** A figure that must stay under `limit` (a time, a size): the room left, or how far over. */
export function under(value: number, limit: number, unit: string, digits = 0): Judged {
  const d = (n: number) => `${fmt(n, digits)}${unit ? ` ${unit}` : ""}`;
  return value < limit
    ? { verdict: "met", margin: `${(limit / value).toFixed(1)}× under (${d(limit - value)} to spare)` }
    : { verdict: "missed", margin: `over by ${d(value - limit)} (${(value / limit).toFixed(2)}× the limit)` };
}

/** A figure that must reach `floor` (a rate, a share): how far above, or how far short. */
export function atLeast(value: number, floor: number, unit: string, digits = 0): Judged {
  const d = (n: number) => `${fmt(n, digits)}${unit ? ` ${unit}` : ""}`;
  return value >= floor
    ? { verdict: "met", margin: `${(value / floor).toFixed(1)}× the goal` }
    : { verdict: "missed", margin: `short by ${d(floor - value)} (${Math.round((value / floor) * 100)}% of the goal)` };
}

/** Both must hold; the margins side by side. */
export const both = (a: Judged, b: Judged): Judged => ({
  verdict: a.verdict === "met" && b.verdict === "met" ? "met" : "missed",
  margin: `${a.margin}; ${b.margin}`,
});

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
