import type { Plan, PlanItem } from "../../../src/core/plan/schema";

/** What the timer needs of a thermal plan item, small enough to live in the address bar. */
export interface ThermalSession {
  kind: "cold" | "heat_or_cold";
  ruleIds: string[];
  /** Earliest instant (ISO) the item may begin. */
  startsAt?: string;
  maxMinutes: number;
  /** For a cold-only item: when the plan first allows heat; absent when it never does (P-NERVE). */
  heatFrom?: string;
}

/** The care rules' cap on any thermal session (P-THERMAL): 20 minutes. */
export const MAX_MINUTES = 20;

export function thermalSession(item: PlanItem, plan: Plan): ThermalSession {
  const heatFrom = plan.days.flatMap((d) => d.items).find((i) => i.kind === "heat_or_cold")?.startsAt;
  return {
    kind: item.kind === "heat_or_cold" ? "heat_or_cold" : "cold",
    ruleIds: item.ruleIds,
    ...(item.startsAt !== undefined && { startsAt: item.startsAt }),
    maxMinutes: Math.min(item.maxMinutes ?? MAX_MINUTES, MAX_MINUTES),
    ...(heatFrom !== undefined && { heatFrom }),
  };
}

export type Mode = "cold" | "heat";
export type Permission = { ok: true } | { ok: false; reason: string; ruleId: string; from?: string };

/**
 * Whether a cold or heat session may start now. Heat is refused inside the first 48 hours
 * after onset (P-COLD48) and whenever the plan has no heat at all (P-NERVE), with the reason.
 */
export function mayStart(s: ThermalSession, mode: Mode, nowMs: number, formatTime: (iso: string) => string): Permission {
  if (s.startsAt !== undefined && nowMs < Date.parse(s.startsAt))
    return {
      ok: false,
      ruleId: s.ruleIds[0] ?? "P-THERMAL",
      reason: `This session can start from ${formatTime(s.startsAt)}.`,
      from: s.startsAt,
    };
  if (mode === "cold") return { ok: true };
  if (s.kind === "heat_or_cold") return { ok: true };
  if (s.heatFrom !== undefined)
    return {
      ok: false,
      ruleId: "P-COLD48",
      reason: `No heat in the first 48 hours after the pain began: cold only until ${formatTime(s.heatFrom)}. After that, heat or cold, whichever feels better.`,
      from: s.heatFrom,
    };
  if (s.ruleIds.includes("P-NERVE"))
    return {
      ok: false,
      ruleId: "P-NERVE",
      reason: "No heat while you have numbness or tingling: numb skin does not feel a burn. Use cold, wrapped, and check the skin every few minutes.",
    };
  return { ok: false, ruleId: "P-COLD48", reason: "Your plan has cold only for now: no heat." };
}
