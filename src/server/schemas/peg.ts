import { z } from "zod";

/** One PEG answer (Krebs et al. 2009): three 0–10 ratings of the past week. */
const Rating = z.number().int("must be a whole number").min(0).max(10);

export const PegInputSchema = z.strictObject({
  weekOf: z.iso.date("must be a date YYYY-MM-DD"),
  averagePain: Rating,
  enjoyment: Rating,
  activity: Rating,
});

export const PegAnswerSchema = PegInputSchema.extend({
  id: z.string(),
  /** The mean of the three ratings. */
  score: z.number(),
});

export type PegInput = z.infer<typeof PegInputSchema>;
export type PegAnswer = z.infer<typeof PegAnswerSchema>;
