/**
 * The import benchmark's measured process, one mode per run so each peak RSS is its own:
 * - `parse`: reads a Strong CSV and parses it (`parseStrong`);
 * - `sqlite`: the whole import (`importExport`: parse, then write in one transaction) into a
 *   fresh, migrated SQLite database in DIR, a new one each time.
 * The first import is cold (its peak RSS is what one import costs a fresh process); `repeats`
 * more give the time. Run by bench/import.ts: `node bench/import-child.ts MODE FILE DIR REPEATS`;
 * prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseStrong } from "../src/io/strong";
import { summarise } from "../src/io/summary";

const [mode, file, dir, repeats] = process.argv.slice(2);
const ZONE = "Europe/Berlin";
// The database modules only where they are used, so the parse-only baseline does not carry them.
const dbModules =
  mode === "sqlite"
    ? {
        ...(await import("../src/db/connect")),
        ...(await import("../src/db/migrate")),
        ...(await import("../src/db/repos/users")),
        ...(await import("../src/io/persist")),
      }
    : undefined;
const baseline = process.memoryUsage.rss();

/** One import, timed from reading the file to the answer; the database is set up outside the timing. */
async function importOnce(run: number): Promise<{ ms: number; workouts: number; sets: number; errors: number }> {
  if (mode === "parse") {
    const t0 = performance.now();
    const result = parseStrong(readFileSync(file!, "utf8"), ZONE);
    const ms = performance.now() - t0;
    const s = summarise(result);
    return { ms, workouts: s.workouts, sets: s.sets, errors: result.errors.length };
  }
  const { openDatabase, migrateToLatest, createUser, importExport } = dbModules!;
  const { db } = openDatabase(`sqlite:${join(dir!, `import-${run}.sqlite`)}`);
  try {
    await migrateToLatest(db);
    const owner = await createUser(db, { email: `bench-${run}@example.com`, passwordHash: "not-a-real-hash", now: new Date() });
    if (!owner) throw new Error("could not create the import's user");
    const t0 = performance.now();
    const result = await importExport(db, { id: owner.id, units: "kg" }, { format: "strong", text: readFileSync(file!, "utf8"), timeZone: ZONE }, new Date());
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(result.error.message);
    return { ms, workouts: result.value.workouts, sets: result.value.sets, errors: 0 };
  } finally {
    await db.destroy();
  }
}

const cold = await importOnce(0);
// maxRSS is in KiB: the process's peak resident memory so far, start-up included.
const peakRss = process.resourceUsage().maxRSS * 1024;
const times: number[] = [];
for (let i = 1; i <= Number(repeats); i++) {
  globalThis.gc?.();
  times.push((await importOnce(i)).ms);
}
process.stdout.write(`${JSON.stringify({ coldMs: cold.ms, times, peakRss, baseline, errors: cold.errors, workouts: cold.workouts, sets: cold.sets })}\n`);
