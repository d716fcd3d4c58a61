import { z } from "zod";
import { SourceIdSchema } from "./sources";

/** The one line every advice screen carries (care-rules: "a self-care aid, not a diagnosis"). */
export const DISCLAIMER = "Backcoach is a self-care aid, not a diagnosis.";

/** `cause`: what may be behind the pain (care-rules §5); `advice`: everyday habits; `help`: when to get help. */
export const LEARN_KINDS = ["cause", "advice", "help"] as const;
export const LearnKindSchema = z.enum(LEARN_KINDS);

export const LearnSectionSchema = z.strictObject({
  heading: z.string().min(1),
  paragraphs: z.array(z.string().trim().min(1)).min(1),
});

export const LearnPageSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/, "must be kebab-case"),
  kind: LearnKindSchema,
  title: z.string().min(1),
  /** One sentence for lists and link previews. */
  summary: z.string().min(1),
  sections: z.array(LearnSectionSchema).min(1),
  sources: z.array(SourceIdSchema).min(1),
  disclaimer: z.literal(DISCLAIMER),
});

export type LearnKind = z.infer<typeof LearnKindSchema>;
export type LearnSection = z.infer<typeof LearnSectionSchema>;
export type LearnPage = z.infer<typeof LearnPageSchema>;
