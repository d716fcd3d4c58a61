/**
 * `npm run test:props -- --runs N [--seed S]`: N cases in all (default 100,000), shared
 * evenly by the properties of properties.ts; prints each one's runs and time and a
 * summary, and exits 1 on a counterexample, printed with the seed that replays it.
 */
import { parseArgs } from "node:util";
import fc from "fast-check";
import { PROPERTIES } from "./properties";

const { values } = parseArgs({ options: { runs: { type: "string" }, seed: { type: "string" } }, strict: true });
const runs = Number(values.runs ?? 100_000);
const seed = values.seed === undefined ? Date.now() | 0 : Number(values.seed);
if (!Number.isSafeInteger(runs) || runs < PROPERTIES.length || !Number.isSafeInteger(seed)) {
  process.stderr.write("usage: npm run test:props -- [--runs N] [--seed S]\n");
  process.exit(2);
}

process.stdout.write(`${runs.toLocaleString("en")} cases over ${PROPERTIES.length} properties, seed ${seed}\n`);
const started = performance.now();
let failed = 0;
let total = 0;
for (const [index, { name, property }] of PROPERTIES.entries()) {
  const numRuns = Math.floor(runs / PROPERTIES.length) + (index < runs % PROPERTIES.length ? 1 : 0);
  const t0 = performance.now();
  const details = fc.check(property, { numRuns, seed });
  const seconds = (performance.now() - t0) / 1000;
  total += details.numRuns;
  if (details.failed) {
    failed += 1;
    process.stdout.write(`FAIL ${name}: after ${details.numRuns} runs, ${seconds.toFixed(1)} s\n`);
    process.stdout.write(`  counterexample: ${JSON.stringify(details.counterexample)}\n`);
    process.stdout.write(`  replay: --seed ${seed} (fast-check path ${details.counterexamplePath})\n`);
    if (details.errorInstance) process.stdout.write(`  error: ${String(details.errorInstance)}\n`);
  } else {
    process.stdout.write(`ok   ${name}: ${details.numRuns.toLocaleString("en")} runs, ${seconds.toFixed(1)} s\n`);
  }
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${PROPERTIES.length - failed} of ${PROPERTIES.length} properties held; ${total.toLocaleString("en")} cases in ${seconds.toFixed(1)} s (${((seconds * 1e6) / total).toFixed(0)} µs a case)\n`,
);
process.exit(failed ? 1 : 0);
