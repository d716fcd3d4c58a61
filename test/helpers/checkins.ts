import { FLAG_KEYS } from "../../src/core/checkin/schema";

/** Every red flag answered "no", as the web app sends them before a self-care plan. */
export const noFlags = Object.fromEntries(FLAG_KEYS.map((k) => [k, false]));

/** A valid first check-in of an episode, with its moment pinned. */
export const firstCheckIn = (overrides: Record<string, unknown> = {}) => ({
  onsetAt: "2026-10-01T07:30:00+02:00",
  now: "2026-10-01T09:00:00+02:00",
  regions: ["lower_back"],
  painNow: 5,
  flags: noFlags,
  ...overrides,
});

/** A valid follow-up check-in (no onsetAt). */
export const followUp = (overrides: Record<string, unknown> = {}) => ({
  now: "2026-10-02T09:00:00+02:00",
  regions: ["lower_back"],
  painNow: 4,
  flags: noFlags,
  ...overrides,
});
