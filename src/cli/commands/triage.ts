import { parseArgs } from "node:util";
import { parseCheckIn } from "../../core/checkin";
import { fail, ok, type ApiError, type Result } from "../../core/errors";
import { triage } from "../../core/triage";
import { printLine, readInput, splitRecords } from "../input";

const USAGE = "usage: backcoach triage --input FILE|-\n";

/** `triage --input FILE|-`: one triage result (or error) a line per check-in; exit 2 if any was invalid. */
export async function run(argv: string[]): Promise<number> {
  const args = parseOptions(argv, ["input"]);
  if (!args.ok) return usageError(args.error, USAGE);
  const input = args.value.input;
  if (input === undefined) return usageError({ code: "required", message: "--input FILE is required.", field: "input" }, USAGE);
  let text: string;
  try {
    text = await readInput(input);
  } catch (err) {
    return usageError({ code: "invalid_file", message: `Cannot read ${input}: ${(err as Error).message}`, field: "input" }, USAGE);
  }
  const records = splitRecords(text);
  if (!records.length) return usageError({ code: "required", message: "The input holds no check-in.", field: "input" }, USAGE);
  let invalid = false;
  for (const record of records) {
    const checkIn = record.ok ? parseCheckIn(record.value, new Date()) : record;
    if (checkIn.ok) printLine(triage(checkIn.value));
    else {
      invalid = true;
      printLine({ error: checkIn.error });
    }
  }
  return invalid ? 2 : 0;
}

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
