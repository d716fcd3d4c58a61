import { formatISO, setHours, startOfHour, subDays, subHours, subMinutes } from "date-fns";

/** A relative answer to "when did it start?", turned into an instant from the clock. */
export interface OnsetChoice {
  id: string;
  label: string;
  at: Date;
}

/**
 * The quick picks for the onset question, in the browser's local time. Picks
 * that would lie in the future (e.g. "this morning" at 7 am) are left out.
 *
 * @example onsetChoices(new Date("2026-11-24T18:00:00+01:00"))[0].label // "Less than an hour ago"
 */
export function onsetChoices(now: Date): OnsetChoice[] {
  const at = (h: number, daysBack: number) => startOfHour(setHours(subDays(now, daysBack), h));
  const all: OnsetChoice[] = [
    { id: "just-now", label: "Less than an hour ago", at: subMinutes(now, 30) },
    { id: "2h", label: "About 2 hours ago", at: subHours(now, 2) },
    { id: "this-morning", label: "This morning", at: at(8, 0) },
    { id: "yesterday-evening", label: "Yesterday evening", at: at(19, 1) },
    { id: "yesterday-morning", label: "Yesterday morning", at: at(8, 1) },
    { id: "2d", label: "2 days ago", at: subDays(now, 2) },
    { id: "3d", label: "3 days ago", at: subDays(now, 3) },
    { id: "1w", label: "About a week ago", at: subDays(now, 7) },
    { id: "2w", label: "About 2 weeks ago", at: subDays(now, 14) },
    { id: "4w", label: "4 weeks ago or more", at: subDays(now, 28) },
  ];
  return all.filter((c) => c.at.getTime() <= now.getTime() && (c.id !== "this-morning" || c.at.getTime() < subHours(now, 2).getTime()));
}

/** An instant as ISO 8601 with the local offset, as the check-in wants it. */
export const toInstant = (d: Date): string => formatISO(d);

/** The value of a datetime-local input ("2026-11-24T08:30") read as local time; undefined when empty or invalid. */
export function fromLocalInput(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** A Date as a datetime-local input value, minutes precision. */
export const toLocalInput = (d: Date): string => formatISO(d).slice(0, 16);
