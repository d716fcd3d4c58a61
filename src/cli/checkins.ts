import { parseCheckIn, type CheckIn } from "../core/checkin";
import { printLine, readInput, splitRecords } from "./input";
import { usageError } from "./options";

/**
 * The shared body of `triage` and `plan`: reads FILE (or stdin) as JSON or NDJSON and prints
 * one answer a line, an invalid check-in's error in its place. Exit 2 if any was invalid.
 */
export async function answerEachCheckIn(
  input: string | undefined,
  usage: string,
  answer: (checkIn: CheckIn) => unknown,
): Promise<number> {
  if (input === undefined) return usageError({ code: "required", message: "--input FILE is required.", field: "input" }, usage);
  let text: string;
  try {
    text = await readInput(input);
  } catch (err) {
    return usageError({ code: "invalid_file", message: `Cannot read ${input}: ${(err as Error).message}`, field: "input" }, usage);
  }
  const records = splitRecords(text);
  if (!records.length) return usageError({ code: "required", message: "The input holds no check-in.", field: "input" }, usage);
  let invalid = false;
  for (const record of records) {
    const checkIn = record.ok ? parseCheckIn(record.value, new Date()) : record;
    if (checkIn.ok) printLine(answer(checkIn.value));
    else {
      invalid = true;
      printLine({ error: checkIn.error });
    }
  }
  return invalid ? 2 : 0;
}
