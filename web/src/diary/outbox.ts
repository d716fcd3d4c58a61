import { useSyncExternalStore } from "react";
import { api, ApiFailure, type DiaryEntry, type DiaryInput } from "../api";
import { load, save } from "../storage";
import { uuid } from "./uuid";
import { getSession } from "../session";

/**
 * Diary entries wait here, on the device, until the server has them. Each carries a
 * client-made `clientId`, so sending one twice (a reply lost on a flaky network) stores it
 * once. Nothing leaves the queue until the server answers for it.
 */
export interface Pending {
  entry: DiaryInput & { clientId: string };
  queuedAt: string;
}
export interface Rejected extends Pending {
  message: string;
}
interface State {
  pending: Pending[];
  rejected: Rejected[];
}

const KEY = "outbox";
let state: State = load<State>(KEY) ?? { pending: [], rejected: [] };
const listeners = new Set<() => void>();
const sentListeners = new Set<(e: DiaryEntry) => void>();

function set(next: State): void {
  state = next;
  save(KEY, next);
  for (const l of listeners) l();
}

/** Queues an entry and tries to send it at once. */
export function enqueueDiary(entry: DiaryInput, queuedAt: string): Pending {
  const p: Pending = { entry: { ...entry, clientId: entry.clientId ?? uuid() }, queuedAt };
  set({ ...state, pending: [...state.pending, p] });
  void flush();
  return p;
}

let flushing: Promise<void> | undefined;

/** Sends what is queued, oldest first; stops at the first network failure and keeps the rest. One run at a time. */
export function flush(): Promise<void> {
  if (getSession().state !== "signedIn") return Promise.resolve();
  flushing ??= send().finally(() => {
    flushing = undefined;
  });
  return flushing;
}

async function send(): Promise<void> {
  while (state.pending.length > 0) {
    const head = state.pending[0] as Pending;
    try {
      const stored = await api.addDiary(head.entry);
      set({ ...state, pending: state.pending.filter((p) => p.entry.clientId !== head.entry.clientId) });
      for (const l of sentListeners) l(stored);
    } catch (e) {
      // Offline, signed out or a server fault: keep everything and try later.
      if (!(e instanceof ApiFailure) || e.status === 0 || e.status === 401 || e.status === 429 || e.status >= 500) return;
      // The server refused the entry itself: set it aside, visibly, rather than retry forever.
      set({
        pending: state.pending.filter((p) => p.entry.clientId !== head.entry.clientId),
        rejected: [...state.rejected, { ...head, message: e.message }],
      });
    }
  }
}

/** The queue outside React. */
export const outboxState = (): State => state;

export const dismissRejected = (): void => set({ ...state, rejected: [] });

/** Called when the server stored a queued entry (the diary screen refreshes). */
export function onSent(l: (e: DiaryEntry) => void): () => void {
  sentListeners.add(l);
  return () => sentListeners.delete(l);
}

export function useOutbox(): State {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

/** Sends the queue now, whenever the network returns, and when the app comes back to the front. */
export function startOutbox(): void {
  void flush();
  window.addEventListener("online", () => void flush());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void flush();
  });
}
