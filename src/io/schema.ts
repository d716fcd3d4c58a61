import { z } from "zod";
import { WorkoutSchema } from "../core/training/schema";

/** A problem with one line of an imported file (line 1 is the header). */
export const ImportIssueSchema = z.object({
  line: z.number().int().positive(),
  reason: z.string(),
});

/** A row kept with a change (a capped duration, an assumed unit), or skipped when `skipped`. */
export const ImportWarningSchema = ImportIssueSchema.extend({ skipped: z.boolean() });

/**
 * What an importer makes of a file. Any error rejects the whole file: `workouts` is then
 * empty, so the caller writes nothing and nothing is half-imported.
 */
export const ImportResultSchema = z.object({
  workouts: z.array(WorkoutSchema),
  errors: z.array(ImportIssueSchema),
  warnings: z.array(ImportWarningSchema),
});

export type ImportIssue = z.infer<typeof ImportIssueSchema>;
export type ImportWarning = z.infer<typeof ImportWarningSchema>;
export type ImportResult = z.infer<typeof ImportResultSchema>;
