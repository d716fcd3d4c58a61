import type { CheckInInput } from "../../../src/core/checkin/schema";
import { parseCheckIn } from "../../../src/core/checkin/parse";
import { triage } from "../../../src/core/triage";
import { plan } from "../../../src/core/plan";
import type { TriageResult } from "../../../src/core/triage/schema";
import type { Plan, PlanContext } from "../../../src/core/plan/schema";
import { now } from "../clock";

export interface Assessment {
  triage: TriageResult;
  plan: Plan;
}

/**
 * Triage and plan for a check-in, worked out on this device by the same care core the
 * server runs, so the advice is the same online and offline.
 */
export function assess(input: CheckInInput, timeZone = "UTC", context: PlanContext = {}): Assessment {
  const parsed = parseCheckIn(input, now());
  if (!parsed.ok) throw new Error(`${parsed.error.field ?? "check-in"}: ${parsed.error.message}`);
  return { triage: triage(parsed.value, context.diary), plan: plan(parsed.value, timeZone, context) };
}

/** Triage alone, for the quick check's early stop on an emergency answer. */
export function triageOf(input: CheckInInput): TriageResult {
  const parsed = parseCheckIn(input, now());
  if (!parsed.ok) throw new Error(`${parsed.error.field ?? "check-in"}: ${parsed.error.message}`);
  return triage(parsed.value);
}
