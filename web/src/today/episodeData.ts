import type { Plan } from "../../../src/core/plan/schema";
import { api, ApiFailure, type Episode } from "../api";
import { load, save } from "../storage";

/** The current episode and its plan; kept on the device so today's plan opens offline. */
export interface EpisodeDay {
  episode: Episode;
  plan: Plan;
  /** True when the network failed and this is the copy kept on the device. */
  offline: boolean;
}

const KEY = "current";

/** The newest episode and its plan in `timeZone`; undefined when the user has none. */
export async function loadCurrent(timeZone: string): Promise<EpisodeDay | undefined> {
  try {
    const list = await api.episodes();
    const newest = list[0];
    if (!newest) return undefined;
    const [episode, plan] = await Promise.all([api.episode(newest.id), api.plan(newest.id, timeZone)]);
    const day = { episode, plan, offline: false };
    save(KEY, day);
    return day;
  } catch (e) {
    const kept = load<EpisodeDay>(KEY);
    if (e instanceof ApiFailure && e.offline && kept) return { ...kept, offline: true };
    throw e;
  }
}

/** The kept episode, if any, without asking the network (the player uses it offline). */
export const keptCurrent = (): EpisodeDay | undefined => load<EpisodeDay>(KEY);
export const forgetCurrent = (): void => save(KEY, null);
