/** P-RETURN: the first week back at most 50% of the weekly load before the episode… */
export const FIRST_WEEK_SHARE = 0.5;
/** …then at most +10% a week. */
export const WEEKLY_STEP = 0.1;

/** Week of the return (1 = the 7 days from the return's start day); null before it. */
export const returnWeek = (startDay: number, day: number): number | null =>
  day < startDay ? null : Math.floor((day - startDay) / 7) + 1;

/**
 * The most session load (Σ RPE × minutes) allowed in return week `week`: 50% of the
 * pre-episode weekly load, +10% a week on top of the week before, never above the
 * pre-episode load itself (the return is then complete). Rounded to 0.01.
 *
 * @example returnCap(1000, 1) === 500; returnCap(1000, 2) === 550; returnCap(1000, 9) === 1000
 */
export function returnCap(preEpisodeWeeklyLoad: number, week: number): number {
  const cap = preEpisodeWeeklyLoad * FIRST_WEEK_SHARE * (1 + WEEKLY_STEP) ** (week - 1);
  return Math.round(Math.min(cap, preEpisodeWeeklyLoad) * 100) / 100;
}

export interface ReturnCheck {
  week: number;
  cap: number;
  /** Load already logged in this return week, before the session. */
  before: number;
  after: number;
  exceeds: boolean;
  /** What is left of the week's cap after the session (0 when exceeded). */
  remaining: number;
}

/**
 * P-RETURN for one session: would it take the return week's load over the cap? Null for a
 * session before the return began.
 *
 * @example checkReturnSession({ preEpisodeWeeklyLoad: 1000, startDay: 0, logged: [{ day: 1, load: 300 }], session: { day: 3, load: 240 } }) → { week: 1, cap: 500, before: 300, after: 540, exceeds: true, remaining: 0 }
 */
export function checkReturnSession(input: {
  preEpisodeWeeklyLoad: number;
  startDay: number;
  logged: readonly { day: number; load: number }[];
  session: { day: number; load: number };
}): ReturnCheck | null {
  const { preEpisodeWeeklyLoad, startDay, logged, session } = input;
  const week = returnWeek(startDay, session.day);
  if (week === null) return null;
  const cap = returnCap(preEpisodeWeeklyLoad, week);
  let before = 0;
  for (const s of logged) if (returnWeek(startDay, s.day) === week) before += s.load;
  const after = before + session.load;
  return { week, cap, before, after, exceeds: after > cap, remaining: Math.max(0, cap - after) };
}
