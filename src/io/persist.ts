import type { DB } from "../db/connect";
import { workouts } from "../db/repos/workouts";
import { emailKey } from "../db/repos/users";
import { fail, ok, type Result } from "../core/errors";
import { parseHevy } from "./hevy";
import type { ImportResult } from "./schema";
import { parseStrong } from "./strong";
import { summarise, type ImportSummary } from "./summary";

export const IMPORT_FORMATS = ["strong", "hevy"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOwner {
  id: string;
  /** The user's units: Strong's current export writes weights in them without saying which. */
  units: "kg" | "lb";
}

/** Reads an export; local times in `timeZone`, unlabelled Strong weights in `units`. */
export function parseExport(format: ImportFormat, text: string, timeZone: string, units: "kg" | "lb" = "kg"): ImportResult {
  return format === "strong" ? parseStrong(text, timeZone, { units: units === "lb" ? "imperial" : "metric" }) : parseHevy(text, timeZone);
}

/** The `invalid_file` error of a rejected file: its first bad line and why. */
export function rejection(result: ImportResult): Result<never> | undefined {
  const [first, ...more] = result.errors;
  if (!first) return undefined;
  const rest = more.length ? ` (and ${more.length} more problem${more.length > 1 ? "s" : ""})` : "";
  return fail("invalid_file", `Line ${first.line}: ${first.reason}${rest} Nothing was imported.`, "file");
}

/**
 * Imports an export into `owner`'s training log: all of it or, when the file is malformed,
 * nothing. Answers what was added (workouts already imported count 0) and the rows left out.
 */
export async function importExport(
  db: DB,
  owner: ImportOwner,
  input: { format: ImportFormat; text: string; timeZone: string },
  now: Date,
): Promise<Result<ImportSummary & { warnings: ImportResult["warnings"] }>> {
  const parsed = parseExport(input.format, input.text, input.timeZone, owner.units);
  const rejected = rejection(parsed);
  if (rejected) return rejected;
  const added = await workouts(db, owner.id).importParsed(parsed.workouts, now);
  return ok({ ...summarise({ ...parsed, workouts: added }), warnings: parsed.warnings });
}

/** The account of an email (any case), with what an import needs. */
export async function userByEmail(db: DB, email: string): Promise<(ImportOwner & { timeZone: string }) | undefined> {
  const row = await db.selectFrom("users").select(["id", "units", "time_zone"]).where("email_key", "=", emailKey(email)).executeTakeFirst();
  return row && { id: row.id, units: row.units, timeZone: row.time_zone };
}
