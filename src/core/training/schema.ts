import { z } from "zod";
import { InstantSchema } from "../checkin/schema";
import { MovementIdSchema } from "./movements/schema";

/** Session RPE (Foster's CR-10): 0 rest … 10 maximal. */
export const RpeSchema = z.number().min(0).max(10);

/** One training session as the `load` command reads it (T-LOAD). */
export const SessionSchema = z.strictObject({
  startedAt: InstantSchema,
  minutes: z
    .number()
    .min(0)
    .max(24 * 60),
  rpe: RpeSchema,
});

export const SET_KINDS = ["normal", "warmup", "dropset", "failure"] as const;
export const SetKindSchema = z.enum(SET_KINDS);

/** One logged set. Missing figures are null: an empty weight is a bodyweight set, not 0 kg. */
export const WorkoutSetSchema = z.strictObject({
  /** The name as logged or exported. */
  exercise: z.string().min(1),
  /** The catalogue movement, or null for the user's own exercise. */
  exerciseId: MovementIdSchema.nullable(),
  kind: SetKindSchema,
  weightKg: z.number().nonnegative().nullable(),
  reps: z.number().nonnegative().nullable(),
  distanceM: z.number().nonnegative().nullable(),
  seconds: z.number().nonnegative().nullable(),
  rpe: RpeSchema.nullable(),
  note: z.string().optional(),
});

export const WORKOUT_SOURCES = ["app", "strong", "hevy"] as const;

/** One workout: a dated session with its sets. */
export const WorkoutSchema = z.strictObject({
  source: z.enum(WORKOUT_SOURCES),
  /** Stable across re-imports of the same export, so a second import adds nothing. */
  key: z.string().min(1),
  title: z.string(),
  startedAt: InstantSchema,
  minutes: z.number().nonnegative().nullable(),
  /** Session RPE, asked after the workout; exports carry only per-set RPE, so often null. */
  rpe: RpeSchema.nullable(),
  /** Recorded by the app's warm-up and cool-down routines (T-WARMUP); absent when unknown. */
  warmUp: z.boolean().optional(),
  coolDown: z.boolean().optional(),
  notes: z.string().optional(),
  sets: z.array(WorkoutSetSchema),
});

export type Session = z.infer<typeof SessionSchema>;
export type SetKind = z.infer<typeof SetKindSchema>;
export type WorkoutSet = z.infer<typeof WorkoutSetSchema>;
export type Workout = z.infer<typeof WorkoutSchema>;

/** A workout with its local day and start instant precomputed, for the analytics' hot loops. */
export type DatedWorkout = Workout & { day: number; startMs: number };
