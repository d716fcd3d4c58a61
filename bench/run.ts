/**
 * `npm run bench`: runs every benchmark in its own process (so one's memory
 * and JIT state do not colour another's), prints a table and rewrites
 * BENCHMARKS.md. Benchmarks never fail: a missed goal is reported, not raised.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { machine, type BenchRow } from "./lib";

const BENCHES = ["core", "analytics", "import", "api", "web"];
const only = process.argv.slice(2);
const rows: BenchRow[] = [];

for (const name of BENCHES.filter((b) => !only.length || only.includes(b))) {
  process.stderr.write(`bench: ${name}…\n`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join("bench", `${name}.ts`)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 5 * 60_000,
  });
  const last = r.stdout.trim().split("\n").at(-1) ?? "";
  try {
    rows.push(...(JSON.parse(last) as BenchRow[]));
  } catch {
    rows.push({ section: name, metric: "run", value: `failed (exit ${r.status})`, goal: "runs", verdict: "missed" });
  }
  process.stderr.write(`bench: ${name} took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const m = machine();
const header = "| section | metric | figure | goal | ceiling | verdict | note |\n|---|---|---|---|---|---|---|";
const table = rows
  .map((r) => `| ${r.section} | ${r.metric} | ${r.value} | ${r.goal} | ${r.ceiling ?? ""} | ${r.verdict} | ${r.note ?? ""} |`)
  .join("\n");
process.stdout.write(`${header}\n${table}\n`);

if (!only.length) {
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(
    "BENCHMARKS.md",
    `# Benchmarks

Written by \`npm run bench\` on ${date}: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}.
Figures are medians over repeated runs; nothing here fails CI.

${header}
${table}
`,
  );
}
