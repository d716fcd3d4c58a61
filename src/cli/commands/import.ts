import { parseArgs } from "node:util";
import { z } from "zod";
import type { ApiError } from "../../core/errors";
import { isTimeZone } from "../../core/timezone";
import { openDatabase } from "../../db/connect";
import { migrateToLatest } from "../../db/migrate";
import { importExport, IMPORT_FORMATS, parseExport, rejection, userByEmail, type ImportFormat } from "../../io/persist";
import type { ImportWarning } from "../../io/schema";
import { summarise } from "../../io/summary";
import { printLine, readInput } from "../input";
import { usageError } from "../options";

const USAGE = "usage: backcoach import --format strong|hevy --file FILE [--user EMAIL] [--dry-run] [--tz ZONE]\n";

const isFormat = (f: string): f is ImportFormat => (IMPORT_FORMATS as readonly string[]).includes(f);

interface Options {
  format: ImportFormat;
  file: string;
  user: string | undefined;
  dryRun: boolean;
  tz: string | undefined;
}

function options(argv: string[]): { ok: true; value: Options } | { ok: false; error: ApiError } {
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
  const { format, file, user, tz } = values;
  if (format === undefined) return { ok: false, error: { code: "required", message: "--format strong|hevy is required.", field: "format" } };
  if (!isFormat(format)) return { ok: false, error: { code: "invalid_value", message: `Unknown format "${format}": use strong or hevy.`, field: "format" } };
  if (file === undefined) return { ok: false, error: { code: "required", message: "--file FILE is required.", field: "file" } };
  if (user !== undefined && !z.email().safeParse(user).success) return { ok: false, error: { code: "invalid_value", message: `"${user}" is not an email address.`, field: "user" } };
  const dryRun = values["dry-run"] === true;
  if (!dryRun && user === undefined)
    return { ok: false, error: { code: "required", message: "--user EMAIL is required to import into the database (or use --dry-run).", field: "user" } };
  if (tz !== undefined && !isTimeZone(tz)) return { ok: false, error: { code: "invalid_value", message: `Unknown time zone "${tz}".`, field: "tz" } };
  return { ok: true, value: { format, file, user, dryRun, tz } };
}

const noteWarnings = (warnings: readonly ImportWarning[]) => {
  for (const w of warnings) if (!w.skipped) process.stderr.write(`line ${w.line}: ${w.reason}\n`);
};

/**
 * `import --format strong|hevy --file FILE [--user EMAIL] [--dry-run] [--tz ZONE]`: reads an
 * export and prints `{ workouts, sets, exercises, skipped: [{ line, reason }] }`. Without
 * --dry-run it writes to DATABASE_URL (default SQLite file) for the account of --user, in one
 * transaction, and the counts are what was added: importing the same file again prints
 * workouts 0, sets 0. Local times are read in --tz, else the user's zone (UTC for a dry run);
 * Strong weights without a unit in the user's units (kg for a dry run). Notes on kept rows
 * (an assumed unit, a capped duration) go to stderr. A malformed file prints `{ error }` naming
 * its first bad line, writes nothing, and exits 2.
 */
export async function run(argv: string[]): Promise<number> {
  const args = options(argv);
  if (!args.ok) return usageError(args.error, USAGE);
  const { format, file, user, dryRun, tz } = args.value;
  let text: string;
  try {
    text = await readInput(file);
  } catch (err) {
    return usageError({ code: "invalid_file", message: `Cannot read ${file}: ${(err as Error).message}`, field: "file" }, USAGE);
  }
  if (dryRun) {
    const result = parseExport(format, text, tz ?? "UTC");
    const rejected = rejection(result);
    if (rejected && !rejected.ok) {
      printLine({ error: rejected.error });
      return 2;
    }
    noteWarnings(result.warnings);
    printLine(summarise(result));
    return 0;
  }

  const { db } = openDatabase(process.env.DATABASE_URL || undefined);
  try {
    await migrateToLatest(db);
    const owner = await userByEmail(db, user!);
    if (!owner) return usageError({ code: "not_found", message: `No account with the email ${user}.`, field: "user" }, USAGE);
    const result = await importExport(db, owner, { format, text, timeZone: tz ?? owner.timeZone }, new Date());
    if (!result.ok) {
      printLine({ error: result.error });
      return 2;
    }
    const { warnings, ...summary } = result.value;
    noteWarnings(warnings);
    printLine(summary);
    return 0;
  } finally {
    await db.destroy();
  }
}
