import { api } from "../api";
import { setMe } from "../session";
import { loadQuickCheck } from "../check/saved";
import { saveEpisode } from "../result/saveEpisode";

/**
 * After sign-up or sign-in: load the account, and when the user came from a quick-check
 * result with "save", turn that check into a new episode. Answers where to go next.
 */
export async function afterAuth(save: boolean): Promise<string> {
  setMe(await api.me());
  const pending = save ? loadQuickCheck() : undefined;
  if (!pending) return "/today";
  await saveEpisode(pending);
  return "/today";
}
