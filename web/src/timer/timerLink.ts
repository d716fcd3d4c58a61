import type { Plan, PlanItem } from "../../../src/core/plan/schema";
import { thermalSession, type ThermalSession } from "./thermal";

/** The timer's address carries its session, so it opens the same after a reload or offline. */
export function timerHref(item: PlanItem, plan: Plan): string {
  const s = thermalSession(item, plan);
  const q = new URLSearchParams({ kind: s.kind, max: String(s.maxMinutes), rules: s.ruleIds.join(",") });
  if (s.startsAt) q.set("startsAt", s.startsAt);
  if (s.heatFrom) q.set("heatFrom", s.heatFrom);
  return `/timer?${q}`;
}

export function sessionFromQuery(search: string): ThermalSession {
  const q = new URLSearchParams(search);
  const startsAt = q.get("startsAt");
  const heatFrom = q.get("heatFrom");
  const max = Number(q.get("max"));
  return {
    kind: q.get("kind") === "heat_or_cold" ? "heat_or_cold" : "cold",
    ruleIds: (q.get("rules") ?? "").split(",").filter(Boolean),
    maxMinutes: Number.isInteger(max) && max > 0 ? Math.min(max, 20) : 20,
    ...(startsAt && { startsAt }),
    ...(heatFrom && { heatFrom }),
  };
}
