import { redFlagsByGroup } from "../../../src/core/learn/red-flags";
import type { FlagGroup } from "./flow";

/** The red-flag questions of the care core, one screen per group. */
export const FLAG_GROUPS: readonly FlagGroup[] = redFlagsByGroup().map((g) => ({
  id: g.id,
  title: g.label,
  questions: g.questions.map((q) => ({ key: q.key, text: q.question })),
}));
