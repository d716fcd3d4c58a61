import { parseArgs } from "node:util";
import { fail, ok, type ApiError, type Result } from "../core/errors";
import { printLine } from "./input";

/** A problem with the command itself: the error in the answer's own form, usage on stderr, exit 2. */
export function usageError(error: ApiError, usage: string): number {
  printLine({ error });
  process.stderr.write(usage);
  return 2;
}

/** Parses `--name VALUE` options; an unknown or valueless option is an error naming it. */
export function parseOptions<K extends string>(argv: string[], names: readonly K[]): Result<Partial<Record<K, string>>> {
  try {
    const options = Object.fromEntries(names.map((n) => [n, { type: "string" as const }]));
    const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
    return ok(values as Partial<Record<K, string>>);
  } catch (err) {
    return fail("invalid_value", (err as Error).message);
  }
}
