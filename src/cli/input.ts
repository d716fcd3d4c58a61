import { readFile } from "node:fs/promises";
import { text } from "node:stream/consumers";
import type { ApiError } from "../core/errors";

/** Reads FILE, or standard input when FILE is `-`. */
export async function readInput(file: string): Promise<string> {
  return file === "-" ? text(process.stdin) : readFile(file, "utf8");
}

export type Record_ = { ok: true; value: unknown } | { ok: false; error: ApiError };

/**
 * One JSON document (possibly pretty-printed) or NDJSON, one document a line.
 * A line that is not JSON becomes an error in its place, so output lines keep
 * matching input records.
 */
export function splitRecords(input: string): Record_[] {
  const whole = input.trim();
  if (!whole) return [];
  try {
    return [{ ok: true, value: JSON.parse(whole) }];
  } catch {
    return whole
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line, i) => {
        try {
          return { ok: true, value: JSON.parse(line) };
        } catch {
          return { ok: false, error: { code: "invalid_json", message: `Line ${i + 1} is not valid JSON.` } };
        }
      });
  }
}

/** Writes one JSON value a line to stdout. */
export function printLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
