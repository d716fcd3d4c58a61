import type { CheckIn } from "../core/checkin/schema";
import { clearedRuleIds, type PlanContext } from "../core/plan";
import type { DB } from "../db/connect";
import { diary } from "../db/repos/diary";
import { episodes } from "../db/repos/episodes";
import { workouts } from "../db/repos/workouts";
import type { Me } from "./schemas/account";

/**
 * What an episode's plan is made from: its latest check-in, and the context the plan route and
 * the training summary both give it (the episode's diary, the user's desk work, the weekly load
 * before onset, and a clearance with the see_doctor rules it answers). Undefined when the
 * episode is not this user's.
 */
export async function planInputOf(db: DB, user: Me, episodeId: string): Promise<{ checkIn: CheckIn; context: PlanContext } | undefined> {
  const episode = await episodes(db, user.id).get(episodeId);
  if (!episode) return undefined;
  const checkIn = episode.latestCheckIn;
  const [points, preEpisodeWeeklyLoad] = await Promise.all([
    diary(db, user.id).points(episodeId, checkIn.now),
    workouts(db, user.id).preEpisodeWeeklyLoad(episode.onsetAt),
  ]);
  const cleared = episode.clearance?.clearedAt;
  return {
    checkIn,
    context: {
      diary: points,
      deskWorker: user.settings.deskWorker,
      ...(cleared !== undefined && { clearance: { at: cleared, ruleIds: clearedRuleIds(episode.checkIns, cleared) } }),
      ...(preEpisodeWeeklyLoad !== undefined && { preEpisodeWeeklyLoad }),
    },
  };
}
