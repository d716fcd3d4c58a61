import { z } from "zod";

export const MOVEMENT_CATEGORIES = ["strength", "cardio", "mobility"] as const;
export const MovementCategorySchema = z.enum(MOVEMENT_CATEGORIES);

/** A stable kebab-case id: `trap-bar-deadlift`. */
export const MovementIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case");

/** One gym or home movement the training log knows (care-rules §4). */
export const MovementSchema = z.strictObject({
  id: MovementIdSchema,
  name: z.string().min(1),
  /** Names other apps export for it (Strong, Hevy), matched loosely by `matchMovement`. */
  aliases: z.array(z.string().min(1)),
  category: MovementCategorySchema,
  /** True when the spine carries or resists the load (axial, bent-over, loaded flexion or rotation). */
  loadsSpine: z.boolean(),
  /** Back-friendlier alternatives offered by T-SWAP, best first. */
  swapTo: z.array(MovementIdSchema),
});

export type MovementCategory = z.infer<typeof MovementCategorySchema>;
export type Movement = z.infer<typeof MovementSchema>;
