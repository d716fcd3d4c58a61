import { DAY_MS } from "./day";

/** P-RETURN's "weekly load before the episode" is the mean over these 4 weeks before onset. */
export const BASELINE_WEEKS = 4;

/**
 * P-RETURN's baseline: mean weekly session load over the 4 weeks (28 × 24 h) before onset,
 * onset excluded. Undefined when nothing was logged in that window: the cap is then given as
 * a share of the usual load rather than as 0, which would forbid any return.
 *
 * @example preEpisodeWeeklyLoad([{ startMs: onset - DAY_MS, load: 400 }, { startMs: onset - 20 * DAY_MS, load: 800 }], onset) === 300
 */
export function preEpisodeWeeklyLoad(sessions: readonly { startMs: number; load: number | null }[], onsetMs: number): number | undefined {
  const from = onsetMs - BASELINE_WEEKS * 7 * DAY_MS;
  let total = 0;
  let any = false;
  for (const s of sessions)
    if (s.startMs >= from && s.startMs < onsetMs) {
      any = true;
      total += s.load ?? 0;
    }
  return any ? total / BASELINE_WEEKS : undefined;
}
