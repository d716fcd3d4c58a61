import type { CheckIn, CheckInInput, FollowUpInput } from "../../../src/core/checkin/schema";
import type { Exercise } from "../../../src/core/exercises/schema";
import type { TriageResult } from "../../../src/core/triage/schema";
import { api, ApiFailure } from "../api";
import { now } from "../clock";
import { toInstant } from "../check/onset";
import { triageOf } from "../check/assess";
import { loadQuickCheck, saveQuickCheck } from "../check/saved";
import { enqueueDiary } from "../diary/outbox";
import { keptCurrent } from "../today/episodeData";

export interface HurtOutcome {
  triage: TriageResult;
  /** Where triage ran: the server (with the episode's diary) or this device (offline, or no account). */
  ranOn: "server" | "device";
  /** Whether the pain went into the diary (queued until the network returns, if need be). */
  logged: boolean;
}

/** The episode's last check-in as a follow-up with the new pain; the other answers still stand. */
function followUp(last: CheckIn | CheckInInput, painNow: number): FollowUpInput {
  const { onsetAt: _onset, now: _now, painWorst24h: _worst, trend: _trend, ...rest } = last;
  return { ...rest, painNow };
}

/**
 * P-STOP: pain during a guided exercise stops the session, goes into the diary with a note
 * naming the exercise, and triage runs again on the new pain.
 */
export async function reportPain(exercise: Exercise, painNow: number, episodeId: string | undefined): Promise<HurtOutcome> {
  const at = toInstant(now());
  const note = `Pain during the guided exercise "${exercise.name}".`;
  if (episodeId) {
    const kept = keptCurrent();
    const last = kept?.episode.id === episodeId ? kept.episode.latestCheckIn : (await api.episode(episodeId)).latestCheckIn;
    enqueueDiary({ at, painNow, regions: last.regions, note, episodeId }, at);
    const input = followUp(last, painNow);
    try {
      const record = await api.checkIn(episodeId, input);
      return { triage: record.triage, ranOn: "server", logged: true };
    } catch (e) {
      if (!(e instanceof ApiFailure && e.offline)) throw e;
      return { triage: triageOf({ ...input, onsetAt: last.onsetAt, now: at }), ranOn: "device", logged: true };
    }
  }
  const quick = loadQuickCheck();
  if (!quick) throw new Error("No check-in to compare with: do a quick check first.");
  const next: CheckInInput = { ...followUp(quick, painNow), onsetAt: quick.onsetAt, now: at };
  saveQuickCheck(next);
  return { triage: triageOf(next), ranOn: "device", logged: false };
}
