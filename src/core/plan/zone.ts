import { tzOffset } from "@date-fns/tz";

/**
 * Local-calendar arithmetic for one IANA zone, built on @date-fns/tz's `tzOffset` (which
 * keeps one Intl formatter per zone). A local date is handled as its day number: whole
 * days since 1970-01-01 on the local calendar, so "tomorrow" is `+ 1` whatever the zone's
 * offset does; only turning a day into instants needs the zone's rules.
 */
export const DAY_MS = 86_400_000;

/** The zone's UTC offset at `ms`, in milliseconds (throws on a zone the runtime does not know). */
export function offsetMs(zone: string, ms: number): number {
  const minutes = tzOffset(zone, new Date(ms));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone "${zone}".`);
  return minutes * 60_000;
}

/** Wall-clock time at `ms` as if it were UTC: its UTC fields are the local fields. */
export const wallMs = (zone: string, ms: number): number => ms + offsetMs(zone, ms);

/** The local day number of the instant `ms`. */
export const localDay = (zone: string, ms: number): number => Math.floor(wallMs(zone, ms) / DAY_MS);

/** "YYYY-MM-DD" of a local day number. */
export const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** "HH:MM" local time of `ms`. */
export const localClock = (zone: string, ms: number): string => new Date(wallMs(zone, ms)).toISOString().slice(11, 16);

/**
 * The first instant of local day `day`. `before` and `after` are the zone's offsets a day
 * either side of it (callers walking many days pass them in to share the look-ups). With
 * one offset all around, midnight is simply `day − offset`; around a change it is the
 * earlier of the two candidates that falls on the day itself. When midnight does not exist
 * (a change at 00:00), that is the instant of the change, when the day begins at 01:00.
 */
export function dayStartMs(
  zone: string,
  day: number,
  before = offsetMs(zone, day * DAY_MS - DAY_MS),
  after = offsetMs(zone, day * DAY_MS + DAY_MS),
): number {
  const midnight = day * DAY_MS;
  if (before === after) return midnight - before;
  const onDay = (t: number) => {
    const w = wallMs(zone, t);
    return w >= midnight && w < midnight + DAY_MS;
  };
  const candidates = [midnight - before, midnight - after].filter(onDay);
  // A date the zone skipped entirely (Pacific/Apia, 2011-12-30) begins when the next one does.
  return candidates.length ? Math.min(...candidates) : Math.max(midnight - before, midnight - after);
}
