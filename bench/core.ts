/**
 * Care core speed: triage and plan per check-in over 10,000 varied, deterministically
 * generated check-ins. Goal: plan under 0.2 ms per check-in (median of repeated passes).
 */
import { FLAG_KEYS, RADIATION, REGIONS, TRENDS, parseCheckIn, type CheckIn } from "../src/core/checkin";
import { plan } from "../src/core/plan";
import { triage } from "../src/core/triage";
import { emit, fmt, medianSyncMs, prng, say, under, type BenchRow } from "./lib";

const COUNT = 10_000;
const PASSES = 11;
const GOAL_PLAN_MS = 0.2;

/** DST zones both hemispheres, half- and quarter-hour offsets, a half-hour DST shift, and UTC. */
const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "Australia/Sydney",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Australia/Adelaide",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
];

/** Moments the check-ins are made around: ordinary days and the weeks of 2026's DST changes. */
const ANCHORS = [
  "2026-01-15T09:00:00Z",
  "2026-03-08T06:30:00Z", // US spring forward
  "2026-03-29T00:30:00Z", // EU spring forward
  "2026-04-05T02:00:00Z", // Southern hemisphere fall back
  "2026-07-01T18:00:00Z",
  "2026-10-04T01:00:00Z", // Southern hemisphere spring forward
  "2026-10-25T01:30:00Z", // EU fall back
  "2026-11-01T05:45:00Z", // US fall back
  "2026-12-31T23:50:00Z",
].map(Date.parse);

const MINUTE = 60_000;
const DAY = 86_400_000;

interface Case {
  checkIn: CheckIn;
  zone: string;
}

function generate(): Case[] {
  const r = prng(20261124);
  const cases: Case[] = [];
  while (cases.length < COUNT) {
    const nowMs = r.pick(ANCHORS) + r.int(-3 * DAY, 3 * DAY);
    // Onsets from minutes to 40 days back, weighted towards the first days as real check-ins are.
    const back = r.chance(0.3) ? r.int(5, 48 * 60) * MINUTE : r.int(2 * 24 * 60, 40 * 24 * 60) * MINUTE;
    const painNow = r.int(0, 10);
    const regions = REGIONS.filter(() => r.chance(0.35));
    const flags: Record<string, boolean> = {};
    const answered = r.chance(0.7);
    for (const key of FLAG_KEYS) if (answered || r.chance(0.3)) flags[key] = r.chance(0.008);
    const input = {
      onsetAt: new Date(nowMs - back).toISOString(),
      now: new Date(nowMs).toISOString(),
      regions: regions.length ? regions : [r.pick(REGIONS)],
      painNow,
      ...(r.chance(0.7) && { painWorst24h: r.int(painNow, 10) }),
      ...(r.chance(0.6) && { sharp: r.chance(0.3) }),
      ...(r.chance(0.8) && { radiation: r.pick(RADIATION) }),
      ...(r.chance(0.6) && { trend: r.pick(TRENDS) }),
      ...(r.chance(0.6) && { age: r.int(16, 85) }),
      ...(Object.keys(flags).length && { flags }),
    };
    const parsed = parseCheckIn(input, new Date(nowMs));
    if (!parsed.ok) throw new Error(`generated an invalid check-in: ${parsed.error.message}`);
    cases.push({ checkIn: parsed.value, zone: r.pick(ZONES) });
  }
  return cases;
}

const cases = generate();
const levels = new Map<string, number>();
for (const c of cases) {
  const level = triage(c.checkIn).level;
  levels.set(level, (levels.get(level) ?? 0) + 1);
}
const mix = [...levels].map(([l, n]) => `${l} ${n}`).join(", ");
say(`core: ${COUNT} check-ins over ${ZONES.length} zones (${mix})`);

// A sink the results flow into, so the JIT cannot drop the work as unused.
let sink = 0;
const triagePass = () => {
  for (const c of cases) sink += triage(c.checkIn).reasons.length;
};
const planPass = () => {
  for (const c of cases) sink += plan(c.checkIn, c.zone).days.length;
};

triagePass();
planPass();
const triageTime = medianSyncMs(PASSES, triagePass);
const planTime = medianSyncMs(PASSES, planPass);
const triageMs = triageTime.wall / COUNT;
const planMs = planTime.wall / COUNT;
const cpuNote = `CPU time ${(triageTime.cpu / COUNT).toFixed(4)} ms triage, ${(planTime.cpu / COUNT).toFixed(4)} ms plan`;
say(`core: triage ${triageMs.toFixed(4)} ms/op, plan ${planMs.toFixed(4)} ms/op (sink ${sink})`);

const note = `median over ${PASSES} passes of (pass time ÷ ${COUNT.toLocaleString("en-US")} check-ins), ${ZONES.length} zones; levels: ${mix}; ${cpuNote}`;
const rows: BenchRow[] = [
  {
    section: "core",
    metric: "triage per check-in",
    value: `${triageMs.toFixed(4)} ms (${fmt(1000 / triageMs)} ops/s)`,
    goal: "—",
    verdict: "info",
    note,
  },
  {
    section: "core",
    metric: "plan per check-in (triage included)",
    value: `${planMs.toFixed(4)} ms (${fmt(1000 / planMs)} ops/s)`,
    goal: `< ${GOAL_PLAN_MS} ms`,
    ...under(planMs, GOAL_PLAN_MS, "ms", 3),
    note,
  },
];
emit(rows);
