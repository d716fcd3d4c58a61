import { RULES } from "../triage/rules";
import type { TriageResult } from "../triage/schema";

const SEE_DOCTOR = new Set(RULES.filter((r) => r.level === "see_doctor").map((r) => r.id));

/**
 * The see_doctor rules a clinician's clearance answers: those that had fired by its moment. A
 * rule that first fires later (pain worse on day 20 after a clearance for sharp pain on day 2)
 * was never assessed, so it brings P-DOCTOR's limits back.
 *
 * @example clearedRuleIds([{ at: "2026-11-02T10:00:00Z", triage }], "2026-11-03T09:00:00Z") // ["D-SHARP"]
 */
export function clearedRuleIds(checkIns: readonly { at: string; triage: TriageResult }[], clearedAt: string): string[] {
  const at = Date.parse(clearedAt);
  const ids = new Set<string>();
  for (const c of checkIns)
    if (Date.parse(c.at) <= at) for (const r of c.triage.reasons) if (SEE_DOCTOR.has(r.ruleId)) ids.add(r.ruleId);
  return [...ids];
}

/** True when every see_doctor rule of `result` is one the clearance answers. */
export const clearanceCovers = (result: TriageResult, ruleIds: readonly string[]): boolean =>
  result.reasons.every((r) => !SEE_DOCTOR.has(r.ruleId) || ruleIds.includes(r.ruleId));
