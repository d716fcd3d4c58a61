import { parseArgs } from "node:util";
import { z } from "zod";
import type { ApiError } from "../../core/errors";
import { isTimeZone } from "../../core/timezone";
import { parseHevy } from "../../io/hevy";
import type { ImportResult } from "../../io/schema";
import { parseStrong } from "../../io/strong";
import { summarise } from "../../io/summary";
import { printLine, readInput } from "../input";
import { usageError } from "./triage";

const USAGE = "usage: backcoach import --format strong|hevy --file FILE [--user EMAIL] [--dry-run] [--tz ZONE]\n";

const importers: Record<string, (text: string, timeZone: string) => ImportResult> = { strong: parseStrong, hevy: parseHevy };

function options(argv: string[]): { ok: true; value: { format: string; file: string; dryRun: boolean; tz: string } } | { ok: false; error: ApiError } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { format: { type: "string" }, file: { type: "string" }, user: { type: "string" }, "dry-run": { type: "boolean" }, tz: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return { ok: false, error: { code: "invalid_value", message: (err as Error).message } };
  }
  const { format, file, user, tz = "UTC" } = values;
  if (format === undefined) return { ok: false, error: { code: "required", message: "--format strong|hevy is required.", field: "format" } };
  if (!(format in importers)) return { ok: false, error: { code: "invalid_value", message: `Unknown format "${format}": use strong or hevy.`, field: "format" } };
  if (file === undefined) return { ok: false, error: { code: "required", message: "--file FILE is required.", field: "file" } };
  if (user !== undefined && !z.email().safeParse(user).success) return { ok: false, error: { code: "invalid_value", message: `"${user}" is not an email address.`, field: "user" } };
  if (!isTimeZone(tz)) return { ok: false, error: { code: "invalid_value", message: `Unknown time zone "${tz}".`, field: "tz" } };
  return { ok: true, value: { format, file, dryRun: values["dry-run"] === true, tz } };
}

/**
 * `import --format strong|hevy --file FILE [--user EMAIL] [--dry-run] [--tz ZONE]`: reads an
 * export (local times in --tz, UTC by default) and prints `{ workouts, sets, exercises,
 * skipped: [{ line, reason }] }`; notes on kept rows (an assumed unit, a capped duration)
 * go to stderr. A malformed file prints `{ error }` naming its first bad line and exits 2.
 * Only --dry-run is available: writing to the database waits for src/db.
 */
export async function run(argv: string[]): Promise<number> {
  const args = options(argv);
  if (!args.ok) return usageError(args.error, USAGE);
  const { format, file, dryRun, tz } = args.value;
  if (!dryRun)
    return usageError(
      { code: "invalid_value", message: "Importing into the database is not available yet; run with --dry-run to check the file.", field: "dry-run" },
      USAGE,
    );
  let text: string;
  try {
    text = await readInput(file);
  } catch (err) {
    return usageError({ code: "invalid_file", message: `Cannot read ${file}: ${(err as Error).message}`, field: "file" }, USAGE);
  }
  const result = importers[format]!(text, tz);
  const [first, ...more] = result.errors;
  if (first) {
    const rest = more.length ? ` (and ${more.length} more problem${more.length > 1 ? "s" : ""})` : "";
    printLine({ error: { code: "invalid_file", message: `Line ${first.line}: ${first.reason}${rest} Nothing was imported.`, field: "file" } });
    return 2;
  }
  for (const w of result.warnings) if (!w.skipped) process.stderr.write(`line ${w.line}: ${w.reason}\n`);
  printLine(summarise(result));
  return 0;
}
