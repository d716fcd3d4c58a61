import { parseCheckIn } from "../../core/checkin";
import { plan } from "../../core/plan";
import { isTimeZone } from "../../core/timezone";
import { printLine, readInput, splitRecords } from "../input";
import { parseOptions, usageError } from "./triage";

const USAGE = "usage: backcoach plan --input FILE|- --tz ZONE   (ZONE: an IANA time zone such as Europe/Berlin)\n";

/** `plan --input FILE|- --tz ZONE`: one plan (or error) a line per check-in; exit 2 if any was invalid. */
export async function run(argv: string[]): Promise<number> {
  const args = parseOptions(argv, ["input", "tz"]);
  if (!args.ok) return usageError(args.error, USAGE);
  const { input, tz } = args.value;
  if (tz === undefined) return usageError({ code: "required", message: "--tz ZONE is required.", field: "tz" }, USAGE);
  if (!isTimeZone(tz))
    return usageError({ code: "invalid_value", message: `tz: "${tz}" is not an IANA time zone (e.g. Europe/Berlin).`, field: "tz" }, USAGE);
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
    if (checkIn.ok) printLine(plan(checkIn.value, tz));
    else {
      invalid = true;
      printLine({ error: checkIn.error });
    }
  }
  return invalid ? 2 : 0;
}
