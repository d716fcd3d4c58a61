import { acwr } from "../../core/training/acwr";
import { dailyLoad, sessionDayLoads } from "../../core/training/daily-load";
import { dayToDate } from "../../core/training/day";
import { parseSessionLines } from "../../core/training/session-lines";
import { isTimeZone } from "../../core/timezone";
import { printLine, readInput } from "../input";
import { parseOptions, usageError } from "../options";

const USAGE = "usage: backcoach load --input FILE|- [--tz ZONE]\n";

/**
 * `load --input FILE|- [--tz ZONE]`: NDJSON sessions in, one JSON object out:
 * `{ days: [{ date, load, acute, chronic, acwrEwma, acute7, chronic28, acwrRolling }] }` for
 * every local date (UTC unless --tz) from the first session's through the last's.
 * An invalid line prints `{ error: { code, message, field } }` instead, the line number in
 * the message, and exits 2: one bad line fails the whole series rather than skewing it.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseOptions(argv, ["input", "tz"]);
  if (!args.ok) return usageError(args.error, USAGE);
  const { input, tz = "UTC" } = args.value;
  if (input === undefined) return usageError({ code: "required", message: "--input FILE is required.", field: "input" }, USAGE);
  if (!isTimeZone(tz)) return usageError({ code: "invalid_value", message: `Unknown time zone "${tz}".`, field: "tz" }, USAGE);
  let text: string;
  try {
    text = await readInput(input);
  } catch (err) {
    return usageError({ code: "invalid_file", message: `Cannot read ${input}: ${(err as Error).message}`, field: "input" }, USAGE);
  }
  const sessions = parseSessionLines(text);
  if (!sessions.ok) {
    printLine({ error: sessions.error });
    return 2;
  }
  const daily = dailyLoad(sessionDayLoads(sessions.value, tz));
  printLine({ days: acwr(daily.loads).map((d, i) => ({ date: dayToDate(daily.firstDay + i), ...d })) });
  return 0;
}
