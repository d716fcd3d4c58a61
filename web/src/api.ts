import type { ApiError } from "../../src/core/errors";
import type { CheckInInput, FollowUpInput } from "../../src/core/checkin/schema";
import type { Plan } from "../../src/core/plan/schema";

/**
 * The HTTP API's shapes come from the server's own zod schemas, imported as types only so
 * zod stays out of the first chunk.
 */
import type { Me, Settings, User } from "../../src/server/schemas/account";
import type { CheckInRecord, Episode, EpisodeSummary } from "../../src/server/schemas/episodes";
import type { DiaryEntry, DiaryEntryInput as DiaryInput } from "../../src/server/schemas/diary";
import type { PegAnswer as PegRecord, PegInput } from "../../src/server/schemas/peg";

export type { CheckInRecord, DiaryEntry, DiaryInput, Episode, EpisodeSummary, Me, PegInput, PegRecord, Settings, User };

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

/** Body of a request: JSON for every route, CSV for the import. */
export type RequestBody = { json: unknown } | { csv: string };

/** One API call; a failure becomes an ApiFailure with the server's error, or `network` when offline. */
export async function request<T>(method: string, path: string, body?: RequestBody): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? {} : { "content-type": "json" in body ? "application/json" : "text/csv" },
      body: body === undefined ? undefined : "json" in body ? JSON.stringify(body.json) : body.csv,
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

const call = <T>(method: string, path: string, json?: unknown): Promise<T> =>
  request<T>(method, path, json === undefined ? undefined : { json });

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
