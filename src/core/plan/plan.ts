import type { CheckIn } from "../checkin/schema";
import { RULES, triage, type TriageResult } from "../triage";
import { reliefItem, postureItem, sleepItem } from "./comfort";
import { planDays, type LocalDay } from "./days";
import { strengthItems, stretchItems, walkItem } from "./exercises";
import type { Plan, PlanContext, PlanItem } from "./schema";
import { situationOf, type Situation } from "./situation";
import { thermalItems } from "./thermal";
import { inRest, restItem, trainingItems } from "./training";

const levelOf = new Map(RULES.map((r) => [r.id, r.level]));

/** The action to take, with the rules of the plan's level that call for it (P-EMERG, P-DOCTOR). */
function actionItem(ruleId: string, result: TriageResult): PlanItem {
  const why = result.reasons.filter((r) => levelOf.get(r.ruleId) === result.level);
  return {
    kind: "action",
    ruleIds: [ruleId, ...why.map((r) => r.ruleId)],
    text: [result.advice, ...why.map((r) => r.message)].join(" "),
  };
}

function dayItems(day: LocalDay, s: Situation, first: PlanItem | undefined): PlanItem[] {
  const items: PlanItem[] = [];
  if (first) items.push(first);
  if (inRest(day, s)) items.push(restItem(s));
  items.push(...thermalItems(day, s), walkItem(s), ...stretchItems(day, s), ...strengthItems(day, s));
  items.push(...trainingItems(day, s), postureItem(s), sleepItem());
  const relief = reliefItem(s);
  if (relief) items.push(relief);
  return items;
}

/**
 * The recovery plan of care-rules §3 for a check-in, day by day in the user's zone.
 * `emergency` and `urgent` give only the action to take, on the first day (P-EMERG);
 * `see_doctor` gives comfort measures, walks and the gentle stretches until
 * `context.clearance` records a clinician's clearance after onset of the rules firing now (P-DOCTOR).
 * Pure: the same check-in, zone and context always give the same plan.
 *
 * @example plan(checkIn, "Europe/Berlin").days[0].date // the local date of checkIn.now
 */
export function plan(checkIn: CheckIn, timeZone: string, context: PlanContext = {}): Plan {
  const result = triage(checkIn, context.diary);
  const days = planDays(checkIn, timeZone);
  const level = result.level;
  if (level === "emergency" || level === "urgent") {
    const action = actionItem("P-EMERG", result);
    return { level, timeZone, days: days.map((d, i) => ({ date: d.date, items: i === 0 ? [action] : [] })) };
  }
  const s = situationOf(checkIn, timeZone, context, result, days[0]?.day ?? 0);
  const first = s.doctorLimits ? actionItem("P-DOCTOR", result) : undefined;
  return { level, timeZone, days: days.map((d, i) => ({ date: d.date, items: dayItems(d, s, i === 0 ? first : undefined) })) };
}
