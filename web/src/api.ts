import type { ApiError } from "../../src/core/errors";
import type { CheckIn, CheckInInput, FollowUpInput, Region } from "../../src/core/checkin/schema";
import type { TriageResult } from "../../src/core/triage/schema";
import type { Plan } from "../../src/core/plan/schema";

/** The HTTP API of /work/team/api.md, typed for the app. Type-only imports keep zod out of the first chunk. */
export interface User {
  id: string;
  email: string;
}
export interface Settings {
  timeZone: string;
  units: "kg" | "lb";
  deskWorker: boolean;
}
export interface Me extends User {
  settings: Settings;
}
export interface CheckInRecord {
  id: string;
  at: string;
  checkIn: CheckIn;
  triage: TriageResult;
}
export interface Episode {
  id: string;
  onsetAt: string;
  createdAt: string;
  regions: Region[];
  latestCheckIn: CheckIn;
  triage: TriageResult;
  checkIns: CheckInRecord[];
  clearance: { clearedAt: string; clinician?: string; note?: string } | null;
}
export type EpisodeSummary = Pick<Episode, "id" | "onsetAt" | "createdAt" | "regions" | "triage">;
export interface DiaryInput {
  at: string;
  painNow: number;
  regions?: Region[];
  note?: string;
  episodeId?: string;
  medication?: { name: string; takenAt: string };
  clientId?: string;
}
export interface DiaryEntry {
  id: string;
  at: string;
  painNow: number;
  regions: Region[];
  note: string | null;
  episodeId: string | null;
  medication: { name: string; takenAt: string } | null;
  clientId: string | null;
}
export interface PegInput {
  weekOf: string;
  averagePain: number;
  enjoyment: number;
  activity: number;
}
export interface PegRecord extends PegInput {
  id: string;
  score: number;
}

/** A failed call: the server's error, or `network` when it could not be reached. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError | { code: "network"; message: string; field?: undefined },
  ) {
    super(error.message);
  }
  get offline(): boolean {
    return this.status === 0;
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(0, { code: "network", message: "No connection. Try again when you are online." });
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const error = (data as { error?: ApiError } | undefined)?.error;
    throw new ApiFailure(res.status, error ?? { code: "internal", message: `The server answered ${res.status}.` });
  }
  return data as T;
}

export const api = {
  signup: (email: string, password: string) => call<{ user: User }>("POST", "/api/v1/auth/signup", { email, password }),
  login: (email: string, password: string) => call<{ user: User }>("POST", "/api/v1/auth/login", { email, password }),
  logout: () => call<void>("POST", "/api/v1/auth/logout"),
  me: () => call<Me>("GET", "/api/v1/me"),
  patchSettings: (s: Partial<Settings>) => call<Settings>("PATCH", "/api/v1/me/settings", s),
  createEpisode: (checkIn: CheckInInput) => call<Episode>("POST", "/api/v1/episodes", checkIn),
  episodes: () => call<EpisodeSummary[]>("GET", "/api/v1/episodes"),
  episode: (id: string) => call<Episode>("GET", `/api/v1/episodes/${encodeURIComponent(id)}`),
  checkIn: (id: string, checkIn: FollowUpInput) =>
    call<CheckInRecord>("POST", `/api/v1/episodes/${encodeURIComponent(id)}/checkins`, checkIn),
  plan: (id: string, tz: string) =>
    call<Plan>("GET", `/api/v1/episodes/${encodeURIComponent(id)}/plan?tz=${encodeURIComponent(tz)}`),
  addDiary: (entry: DiaryInput) => call<DiaryEntry>("POST", "/api/v1/diary", entry),
  diary: (q: { from?: string; to?: string; episodeId?: string } = {}) =>
    call<DiaryEntry[]>("GET", `/api/v1/diary?${new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined) as [string, string][])}`),
  addPeg: (peg: PegInput) => call<PegRecord>("POST", "/api/v1/peg", peg),
  pegs: () => call<PegRecord[]>("GET", "/api/v1/peg"),
};
