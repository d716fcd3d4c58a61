import { TZDate, tz } from "@date-fns/tz";
import { isValid, parse } from "date-fns";

export interface LocalTime {
  /** The wall-clock time as written, `YYYY-MM-DDTHH:mm:ss`, whatever the zone: part of dedupe keys. */
  local: string;
  /** The instant it names in the user's zone, ISO 8601 in UTC. */
  instant: string;
}

const asWritten = tz("UTC");
const REFERENCE = new Date(0);

/**
 * A reader of zone-less local times in one of `formats` (date-fns patterns), read in
 * `timeZone`. Exports repeat each workout's time on every row, so answers are cached. A
 * time skipped by a DST change moves forward with the clocks (02:30 on a spring-forward
 * night in Berlin is 03:30 CEST).
 *
 * @example localTimeReader(["yyyy-MM-dd HH:mm:ss"], "Europe/Berlin")("2026-01-05 18:00:00") → { local: "2026-01-05T18:00:00", instant: "2026-01-05T17:00:00.000Z" }
 */
export function localTimeReader(formats: readonly string[], timeZone: string): (text: string) => LocalTime | null {
  const cache = new Map<string, LocalTime | null>();
  return (text) => {
    let answer = cache.get(text);
    if (answer !== undefined) return answer;
    answer = null;
    for (const format of formats) {
      const d = parse(text.trim(), format, REFERENCE, { in: asWritten });
      if (!isValid(d)) continue;
      const zoned = new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), timeZone);
      answer = { local: d.toISOString().slice(0, 19), instant: new Date(zoned.getTime()).toISOString() };
      break;
    }
    cache.set(text, answer);
    return answer;
  };
}
