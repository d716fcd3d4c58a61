import { api } from "../api";
import { setMe } from "../session";
import { clearAll } from "../storage";

/**
 * Ends the session here and on the server, and forgets what this device kept of the account
 * (plan, diary copy, ticks, the service worker's cached answers): a shared phone shows the
 * next person nothing of the last.
 */
export async function signOut(): Promise<void> {
  await api.logout().catch(() => undefined);
  setMe(null);
  clearAll();
  if (typeof caches !== "undefined") await caches.delete("api-episodes").catch(() => false);
}
