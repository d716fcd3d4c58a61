import { tzOffset } from "@date-fns/tz";

export const DAY_MS = 86_400_000;
/** Zone offsets change only on quarter-hours of UTC, so one lookup serves a whole slot. */
const SLOT_MS = 15 * 60_000;

/**
 * A function giving the local day number (days since 1970-01-01 in `timeZone`) of an
 * instant in ms. Analytics loop over these integers instead of Date objects; offsets are
 * looked up once per quarter-hour slot, so a 10-year history costs a few thousand lookups.
 *
 * @example localDayOf("Europe/Berlin")(Date.parse("2026-03-28T23:30:00Z")) === dateToDay("2026-03-29")
 */
export function localDayOf(timeZone: string): (ms: number) => number {
  const offsets = new Map<number, number>();
  return (ms) => {
    const slot = Math.floor(ms / SLOT_MS);
    let offset = offsets.get(slot);
    if (offset === undefined) {
      offset = tzOffset(timeZone, new Date(ms)) * 60_000;
      offsets.set(slot, offset);
    }
    return Math.floor((ms + offset) / DAY_MS);
  };
}

/** `YYYY-MM-DD` of a day number. */
export const dayToDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Day number of a `YYYY-MM-DD` date. */
export const dateToDay = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/** ISO week (Monday first) a day number falls in; day 0 (1970-01-01) was a Thursday. */
export const weekOf = (day: number): number => Math.floor((day + 3) / 7);

/** The Monday that starts week `week`. */
export const weekStart = (week: number): number => week * 7 - 3;
