import type { ApiError } from "../../../src/core/errors";
import type { TrainingSummary } from "../../../src/core/training/summary-schema";
import type { Exercise, WorkoutInput, WorkoutOut } from "../../../src/server/schemas/training";
import { ApiFailure } from "../api";

/** The training API (/work/team/api.md style); type-only imports keep zod out of the bundle. */
export type Workout = WorkoutOut;
export type { Exercise, TrainingSummary };
/** What the logger sends: defaults are filled in by the server. */
export type WorkoutDraft = Omit<Partial<WorkoutInput>, "sets"> & Pick<WorkoutInput, "startedAt" | "minutes"> & { sets: WorkoutInput["sets"] };
export interface ImportSummary {
  workouts: number;
  sets: number;
  exercises: number;
  skipped: { line: number; reason: string }[];
}

async function call<T>(method: string, path: string, body?: { json: unknown } | { csv: string }): Promise<T> {
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

const id = (x: string) => encodeURIComponent(x);

export const trainingApi = {
  workouts: (limit = 20) => call<Workout[]>("GET", `/api/v1/workouts?limit=${limit}`),
  workout: (workoutId: string) => call<Workout>("GET", `/api/v1/workouts/${id(workoutId)}`),
  create: (w: WorkoutDraft) => call<Workout>("POST", "/api/v1/workouts", { json: w }),
  update: (workoutId: string, w: WorkoutDraft) => call<Workout>("PUT", `/api/v1/workouts/${id(workoutId)}`, { json: w }),
  remove: (workoutId: string) => call<void>("DELETE", `/api/v1/workouts/${id(workoutId)}`),
  repeatLast: () => call<Workout>("POST", "/api/v1/workouts/repeat-last"),
  exercises: () => call<Exercise[]>("GET", "/api/v1/exercises"),
  addExercise: (name: string) => call<Exercise>("POST", "/api/v1/exercises", { json: { name } }),
  summary: (tz: string, days = 84) => call<TrainingSummary>("GET", `/api/v1/training/summary?tz=${encodeURIComponent(tz)}&days=${days}`),
  importCsv: (format: "strong" | "hevy", csv: string, tz: string) =>
    call<ImportSummary>("POST", `/api/v1/import?format=${format}&tz=${encodeURIComponent(tz)}`, { csv }),
};
