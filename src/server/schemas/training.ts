import { z } from "zod";
import { InstantSchema } from "../../core/checkin/schema";
import { MovementCategorySchema } from "../../core/training/movements/schema";
import { RpeSchema, SetKindSchema } from "../../core/training/schema";
import { TimeZoneSchema } from "./account";

export { TrainingSummarySchema } from "../../core/training/summary-schema";

export const WORKOUT_SOURCES = ["manual", "strong", "hevy"] as const;

const figure = (max: number) => z.number().nonnegative().max(max).nullable().optional();

/** One set as sent: the exercise is a catalogue movement id or one of the user's own exercise ids. */
export const SetInputSchema = z.strictObject({
  exerciseId: z.string().min(1).max(100),
  setType: SetKindSchema.default("normal"),
  reps: figure(10_000),
  /** Kilograms; empty for a bodyweight set. The app converts from the user's units. */
  weightKg: figure(2_000),
  rpe: RpeSchema.nullable().optional(),
  seconds: figure(24 * 3600),
  distanceM: figure(1_000_000),
  note: z.string().max(500).optional(),
});

/** A workout as the logger sends it (POST, and PUT replacing it whole). */
export const WorkoutInputSchema = z.strictObject({
  startedAt: InstantSchema,
  minutes: z.number().positive().max(24 * 60),
  /** Session RPE (Foster CR-10), asked after the workout; empty when not given. */
  sessionRpe: RpeSchema.nullable().optional(),
  warmUp: z.boolean().default(false),
  coolDown: z.boolean().default(false),
  title: z.string().max(200).default(""),
  notes: z.string().max(2000).optional(),
  sets: z.array(SetInputSchema).max(500).default([]),
});

export const WorkoutSetSchema = z.object({
  exerciseId: z.string(),
  /** The exercise's name: the catalogue's, or the user's own. */
  exercise: z.string(),
  setType: SetKindSchema,
  reps: z.number().nullable(),
  weightKg: z.number().nullable(),
  rpe: z.number().nullable(),
  seconds: z.number().nullable(),
  distanceM: z.number().nullable(),
  note: z.string().nullable(),
});

export const WorkoutSchema = z.object({
  id: z.string(),
  startedAt: InstantSchema,
  minutes: z.number().nullable(),
  sessionRpe: z.number().nullable(),
  /** Null when unknown (imported workouts): T-WARMUP then reads the sets. */
  warmUp: z.boolean().nullable(),
  coolDown: z.boolean().nullable(),
  title: z.string(),
  notes: z.string().nullable(),
  source: z.enum(WORKOUT_SOURCES),
  sets: z.array(WorkoutSetSchema),
  /** T-LOAD; `rpeSource` says whether the session RPE was given, the sets' mean, or the default of 5. */
  load: z.object({
    session: z.number().nullable(),
    rpe: z.number(),
    rpeSource: z.enum(["session", "sets", "default"]),
    volume: z.number(),
  }),
  /** T-WARMUP. */
  checks: z.object({ missingWarmUp: z.boolean(), missingCoolDown: z.boolean() }),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});

/** A bound of the list: an instant, or a local date in the user's time zone (whole day). */
const BoundSchema = z.union([InstantSchema, z.iso.date()], "must be an ISO 8601 date-time with offset or a date");

export const WorkoutQuerySchema = z.strictObject({
  from: BoundSchema.optional(),
  to: BoundSchema.optional(),
  /** Newest first, at most this many (default 100). */
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const ExerciseSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["catalogue", "user"]),
  category: MovementCategorySchema.nullable(),
  /** True when the spine carries the load; null for the user's own. */
  loadsSpine: z.boolean().nullable(),
  /** T-SWAP alternatives (catalogue ids). */
  swapTo: z.array(z.string()),
});

export const ExerciseInputSchema = z.strictObject({ name: z.string().trim().min(1).max(100) });

export const SummaryQuerySchema = z.strictObject({
  tz: TimeZoneSchema.optional(),
  /** Days of the series through today (default 84: twelve weeks). */
  days: z.coerce.number().int().min(7).max(3660).default(84),
});

export const ImportQuerySchema = z.strictObject({
  format: z.enum(["strong", "hevy"]),
  /** Zone of the file's local times (default: the user's). */
  tz: TimeZoneSchema.optional(),
});

/** What an import added (a second import of the same file adds nothing), and the rows left out. */
export const ImportSummarySchema = z.object({
  workouts: z.number().int(),
  sets: z.number().int(),
  exercises: z.number().int(),
  skipped: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});

export type SetInput = z.infer<typeof SetInputSchema>;
export type WorkoutInput = z.infer<typeof WorkoutInputSchema>;
export type WorkoutSetOut = z.infer<typeof WorkoutSetSchema>;
export type WorkoutOut = z.infer<typeof WorkoutSchema>;
export type WorkoutQuery = z.infer<typeof WorkoutQuerySchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
