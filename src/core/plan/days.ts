import type { CheckIn } from "../checkin/schema";
import { dayStartMs, isoDate, localDay, offsetMs, DAY_MS } from "./zone";

/** One local day of the plan: its date, day number and the instants it spans. */
export interface LocalDay {
  date: string;
  day: number;
  /** First instant of the day (ms). */
  start: number;
  /** First instant of the next day (ms). */
  end: number;
}

/**
 * The plan's days (design.md): consecutive local dates from today (the local date of `now`)
 * through the later of onset's local date + 14 and today + 6.
 */
export function planDays(checkIn: CheckIn, zone: string): LocalDay[] {
  const today = localDay(zone, Date.parse(checkIn.now));
  const last = Math.max(localDay(zone, Date.parse(checkIn.onsetAt)) + 14, today + 6);
  // Offsets probed at each local midnight read as UTC, one day before the first through one after the end.
  const probes: number[] = [];
  for (let d = today - 1; d <= last + 2; d += 1) probes.push(offsetMs(zone, d * DAY_MS));
  const startOf = (d: number) => dayStartMs(zone, d, probes[d - today] as number, probes[d - today + 2] as number);
  const days: LocalDay[] = [];
  let start = startOf(today);
  for (let d = today; d <= last; d += 1) {
    const end = startOf(d + 1);
    days.push({ date: isoDate(d), day: d, start, end });
    start = end;
  }
  return days;
}
