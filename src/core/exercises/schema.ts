import { z } from "zod";
import { RegionSchema } from "../checkin/schema";
import { SourceIdSchema } from "../learn/sources";

/** The exercise ids the care rules and plans use (design.md: stable kebab-case names). */
export const EXERCISE_IDS = [
  "standing-back-extension",
  "knee-to-chest",
  "bird-dog",
  "chin-tuck",
  "shoulder-blade-squeeze",
  "cat-camel",
  "dead-bug",
  "glute-bridge",
  "side-plank",
  "walk",
  "warm-up",
  "cool-down",
] as const;
export const ExerciseIdSchema = z.enum(EXERCISE_IDS);

/**
 * Where an episode stands (care-rules §3):
 * - `acute`: the first 48 hours after onset (cold only, gentle movement);
 * - `subacute`: after 48 hours, while the pain settles and training is paused or limited;
 * - `return`: back to training under P-RETURN (pain ≤ 2 on two days in a row, no doctor rule).
 */
export const STAGES = ["acute", "subacute", "return"] as const;
export const StageSchema = z.enum(STAGES);

/** What an exercise is for; the first three match plan item kinds, a routine is a timed sequence. */
export const EXERCISE_KINDS = ["stretch", "strengthen", "walk", "routine"] as const;
export const ExerciseKindSchema = z.enum(EXERCISE_KINDS);

/** `both`: all reps on one side, then the other; `alternate`: switch sides every rep; `none`: no sides. */
export const SidesSchema = z.enum(["both", "alternate", "none"]);

/** One short sentence the player shows; a hold or a timed step carries its seconds for the timer. */
export const StepSchema = z
  .strictObject({
    text: z.string().trim().min(1).max(120),
    /** The step is a hold: the player counts this down before the next step. */
    holdSeconds: z.number().int().positive().optional(),
    /** The step is a timed activity in a routine (march on the spot for 60 s). */
    durationSeconds: z.number().int().positive().optional(),
  })
  .refine((s) => s.holdSeconds === undefined || s.durationSeconds === undefined, {
    message: "a step is a hold or a timed activity, not both",
  });

export const DosageSchema = z.strictObject({
  holdSeconds: z.number().int().positive().optional(),
  /** Repetitions per set; per side when `sides` is `both` or `alternate`. */
  reps: z.number().int().positive().optional(),
  sets: z.number().int().positive(),
  sides: SidesSchema,
  timesPerDay: z.number().int().positive().optional(),
  /** Continuous activity (the walk). */
  minutes: z.number().int().positive().optional(),
});

export const ExerciseSchema = z
  .strictObject({
    id: ExerciseIdSchema,
    name: z.string().min(1),
    kind: ExerciseKindSchema,
    summary: z.string().min(1),
    steps: z.array(StepSchema).min(1),
    cues: z.array(z.string().trim().min(1)).min(1),
    dosage: DosageSchema,
    regions: z.array(RegionSchema).min(1),
    stages: z.array(StageSchema).min(1),
    /** Safe with a see_doctor result (P-DOCTOR): the three gentle stretches and the walk. */
    gentle: z.boolean(),
    avoid: z.array(z.string().trim().min(1)).min(1),
    stopCue: z.literal("Stop if it hurts."),
    sources: z.array(SourceIdSchema).min(1),
    /** A hand-drawn SVG of the key position, made for Backcoach. */
    illustration: z.string().startsWith("<svg"),
  })
  .refine((e) => e.kind !== "routine" || e.steps.every((s) => s.durationSeconds !== undefined), {
    message: "every step of a routine is timed",
    path: ["steps"],
  })
  .refine(
    (e) =>
      e.kind === "routine" ||
      e.dosage.reps !== undefined ||
      e.dosage.holdSeconds !== undefined ||
      e.dosage.minutes !== undefined,
    { message: "a dose needs reps, a hold or minutes", path: ["dosage"] },
  );

export type ExerciseId = z.infer<typeof ExerciseIdSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type ExerciseKind = z.infer<typeof ExerciseKindSchema>;
export type Sides = z.infer<typeof SidesSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Dosage = z.infer<typeof DosageSchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
