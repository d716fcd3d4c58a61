/**
 * `npm run bench [NAME...]`: runs every benchmark in its own process (so one's memory and JIT
 * state do not colour another's), prints a table and, on a full run, rewrites BENCHMARKS.md,
 * keeping its hand-written "Reading the figures" section. Benchmarks never fail: a missed goal
 * is reported, not raised.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { machine, type BenchRow } from "./lib";

const BENCHES = ["core", "analytics", "import", "api", "web"];
const FILE = "BENCHMARKS.md";
const READING = "## Reading the figures";
const only = process.argv.slice(2);
const rows: BenchRow[] = [];
const runs: string[] = [];
const loads: string[] = [];
const started = Date.now();

for (const name of BENCHES.filter((b) => !only.length || only.includes(b))) {
  const load = loadavg()[0]!.toFixed(1);
  process.stderr.write(`bench: ${name} (load average ${load})…\n`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join("bench", `${name}.ts`)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 5 * 60_000,
  });
  const last = r.stdout.trim().split("\n").at(-1) ?? "";
  try {
    rows.push(...(JSON.parse(last) as BenchRow[]));
  } catch {
    rows.push({ section: name, metric: "run", value: `failed (exit ${r.status ?? r.signal})`, goal: "runs", verdict: "not measured" });
  }
  const took = ((Date.now() - t0) / 1000).toFixed(1);
  runs.push(`${name} ${took} s`);
  loads.push(`${name} ${load}`);
  process.stderr.write(`bench: ${name} took ${took} s\n`);
}
const total = (Date.now() - started) / 1000;
process.stderr.write(`bench: all took ${total.toFixed(1)} s\n`);

const cell = (s: string | undefined) => (s ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
const header = "| section | metric | figure | goal | ceiling | verdict | margin | note |\n|---|---|---|---|---|---|---|---|";
const table = rows
  .map((r) => `| ${[r.section, r.metric, r.value, r.goal, r.ceiling, r.verdict, r.margin, r.note].map(cell).join(" | ")} |`)
  .join("\n");
process.stdout.write(`${header}\n${table}\n`);

if (!only.length) {
  const m = machine();
  const date = new Date().toISOString().slice(0, 10);
  const old = existsSync(FILE) ? readFileSync(FILE, "utf8") : "";
  const at = old.indexOf(READING);
  const reading = at >= 0 ? old.slice(at) : `${READING}\n\n(Not written yet.)\n`;
  writeFileSync(
    FILE,
    `# Benchmarks

Written by \`npm run bench\` on ${date}: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}.
Each benchmark runs in its own process; figures are medians over repeated runs; nothing here fails CI.

- Time taken: ${total.toFixed(0)} s in all (${runs.join(", ")}).
- 1-minute load average as each began: ${loads.join(", ")}. Above ${m.cores} (the core count), other work
  shared the machine and the figures are pessimistic.

${header}
${table}

${reading}`,
  );
}
