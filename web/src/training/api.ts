import type { TrainingSummary } from "../../../src/core/training/summary-schema";
import type { Exercise, ImportSummary, WorkoutInput, WorkoutOut } from "../../../src/server/schemas/training";
import { request } from "../api";

/** The training API (/work/team/api.md style); type-only imports keep zod out of the bundle. */
export type Workout = WorkoutOut;
export type { Exercise, ImportSummary, TrainingSummary };
/** What the logger sends: defaults are filled in by the server. */
export type WorkoutDraft = Omit<Partial<WorkoutInput>, "sets"> & Pick<WorkoutInput, "startedAt" | "minutes"> & { sets: WorkoutInput["sets"] };

const id = (x: string) => encodeURIComponent(x);

export const trainingApi = {
  workouts: (limit = 20) => request<Workout[]>("GET", `/api/v1/workouts?limit=${limit}`),
  workout: (workoutId: string) => request<Workout>("GET", `/api/v1/workouts/${id(workoutId)}`),
  create: (w: WorkoutDraft) => request<Workout>("POST", "/api/v1/workouts", { json: w }),
  update: (workoutId: string, w: WorkoutDraft) => request<Workout>("PUT", `/api/v1/workouts/${id(workoutId)}`, { json: w }),
  remove: (workoutId: string) => request<void>("DELETE", `/api/v1/workouts/${id(workoutId)}`),
  repeatLast: () => request<Workout>("POST", "/api/v1/workouts/repeat-last"),
  exercises: () => request<Exercise[]>("GET", "/api/v1/exercises"),
  addExercise: (name: string) => request<Exercise>("POST", "/api/v1/exercises", { json: { name } }),
  summary: (tz: string, days = 84) => request<TrainingSummary>("GET", `/api/v1/training/summary?tz=${encodeURIComponent(tz)}&days=${days}`),
  importCsv: (format: "strong" | "hevy", csv: string, tz: string) =>
    request<ImportSummary>("POST", `/api/v1/import?format=${format}&tz=${encodeURIComponent(tz)}`, { csv }),
};
