import type { CheckInInput } from "../../../src/core/checkin/schema";
import { api } from "../api";
import { clearQuickCheck } from "../check/saved";

/** Saves a quick check as a new episode; the server stamps the moment it is saved. */
export async function saveEpisode(input: CheckInInput): Promise<string> {
  const { now: _now, ...checkIn } = input;
  const episode = await api.createEpisode(checkIn);
  clearQuickCheck();
  return episode.id;
}
