import { fail, ok, type Result } from "../errors";
import { parseWith } from "../validation";
import { CheckInInputSchema, FollowUpInputSchema, type CheckIn } from "./schema";

/**
 * Validates a check-in and fixes its moment: `now` defaults to `clock`.
 * An onset after the check-in's moment is refused: nothing is guessed. `now` itself may be
 * any moment, so tests and replays can pin it.
 *
 * @example parseCheckIn({ onsetAt: "2026-11-24T08:00:00Z", regions: ["neck"], painNow: 3 }, new Date())
 */
export function parseCheckIn(input: unknown, clock: Date): Result<CheckIn> {
  const parsed = parseWith(CheckInInputSchema, input);
  if (!parsed.ok) return parsed;
  const c = parsed.value;
  return withMoment(c, clock, Date.parse(c.onsetAt));
}

/** Validates a follow-up check-in of an episode that began at `onsetAt`. */
export function parseFollowUp(input: unknown, onsetAt: string, clock: Date): Result<CheckIn> {
  const parsed = parseWith(FollowUpInputSchema, input);
  if (!parsed.ok) return parsed;
  return withMoment({ ...parsed.value, onsetAt }, clock, Date.parse(onsetAt));
}

function withMoment(c: Omit<CheckIn, "now"> & { now?: string }, clock: Date, onsetMs: number): Result<CheckIn> {
  const now = c.now ?? clock.toISOString();
  if (onsetMs > Date.parse(now)) return fail("future_date", "onsetAt must not be after the check-in (now).", "onsetAt");
  if (c.painWorst24h !== undefined && c.painWorst24h < c.painNow)
    return fail("invalid_value", "painWorst24h must be at least painNow.", "painWorst24h");
  return ok({ ...c, now });
}
