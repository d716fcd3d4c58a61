import type { Dosage } from "./schema";

const TIMES = ["", "Once a day.", "Twice a day."];

/**
 * A dosage in plain words, so the plan's text and the player count the same holds and reps.
 *
 * @example dosageText({ holdSeconds: 5, reps: 5, sets: 1, sides: "alternate", timesPerDay: 1 })
 * // "Hold 5 seconds; 5 each side, alternating. Once a day."
 */
export function dosageText(d: Dosage): string {
  const parts: string[] = [];
  if (d.holdSeconds !== undefined) parts.push(`Hold ${d.holdSeconds} seconds`);
  if (d.reps !== undefined) {
    const reps = d.sides === "alternate" ? `${d.reps} each side, alternating` : d.sides === "both" ? `${d.reps} each side` : `${d.reps} times`;
    parts.push(d.sets > 1 ? `${reps}, ${d.sets} sets` : reps);
  }
  if (d.minutes !== undefined) parts.push(`${d.minutes} minutes`);
  const amount = parts.length ? `${parts.join("; ")}.` : "";
  const times = d.timesPerDay === undefined ? "" : (TIMES[d.timesPerDay] ?? `${d.timesPerDay} times a day.`);
  return [amount, times].filter(Boolean).join(" ");
}
