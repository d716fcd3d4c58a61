import { useSyncExternalStore } from "react";
import { api, ApiFailure, type Me } from "./api";
import { load, remove, save } from "./storage";

/** Who is signed in; offline, the last known account is kept. */
export type Session = { state: "signedOut" } | { state: "signedIn"; me: Me };

const KEY = "me";
const cached = load<Me>(KEY);
// The session cookie is HttpOnly, so the account kept here is the hint that one may exist:
// without it the app does not ask (and gets no 401 for a visitor who never signed in).
let session: Session = cached ? { state: "signedIn", me: cached } : { state: "signedOut" };
const listeners = new Set<() => void>();

function set(next: Session): void {
  session = next;
  if (next.state === "signedIn") save(KEY, next.me);
  else remove(KEY);
  for (const l of listeners) l();
}

export const setMe = (me: Me | null): void => set(me ? { state: "signedIn", me } : { state: "signedOut" });

/** Asks the server who we are, when this device was signed in; a network failure keeps the kept account. */
export async function refreshSession(): Promise<void> {
  if (session.state !== "signedIn") return;
  try {
    setMe(await api.me());
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 401) setMe(null);
  }
}

export function useSession(): Session {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => session,
  );
}

/** The user's time zone: their setting when signed in, else the browser's. */
export function timeZoneOf(s: Session): string {
  return s.state === "signedIn" ? s.me.settings.timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The session outside React. */
export const getSession = (): Session => session;
