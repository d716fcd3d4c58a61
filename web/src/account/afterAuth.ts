import { api } from "../api";
import { setMe } from "../session";
import { loadQuickCheck } from "../check/saved";
import { saveEpisode } from "../result/saveEpisode";

/**
 * After sign-up or sign-in: load the account (a new one takes this device's time zone), and
 * when the user came from a quick-check result with "save", turn that check into a new
 * episode. Answers where to go next.
 */
export async function afterAuth(save: boolean, isNew: boolean): Promise<string> {
  const me = await api.me();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  setMe(isNew && zone && me.settings.timeZone !== zone ? { ...me, settings: await api.patchSettings({ timeZone: zone }) } : me);
  const pending = save ? loadQuickCheck() : undefined;
  if (!pending) return "/today";
  await saveEpisode(pending);
  return "/today";
}
