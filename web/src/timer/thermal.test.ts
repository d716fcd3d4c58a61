import { describe, expect, it } from "vitest";
import type { Plan } from "../../../src/core/plan/schema";
import { mayStart, thermalSession } from "./thermal";

const onset = Date.parse("2026-11-24T08:00:00Z");
const H = 3_600_000;
const fmt = (iso: string) => iso;
const plan: Plan = {
  level: "self_care",
  timeZone: "UTC",
  days: [
    { date: "2026-11-24", items: [{ kind: "cold", ruleIds: ["P-COLD48"], text: "Cold pack", startsAt: "2026-11-24T08:00:00.000Z", maxMinutes: 20 }] },
    {
      date: "2026-11-26",
      items: [{ kind: "heat_or_cold", ruleIds: ["P-THERMAL"], text: "Heat or cold", startsAt: "2026-11-26T08:00:00.000Z", maxMinutes: 30 }],
    },
  ],
};
const cold = thermalSession(plan.days[0]!.items[0]!, plan);
const heatOrCold = thermalSession(plan.days[1]!.items[0]!, plan);

describe("thermal sessions", () => {
  it("caps every session at 20 minutes", () => {
    expect(heatOrCold.maxMinutes).toBe(20);
    expect(cold.maxMinutes).toBe(20);
  });

  it("refuses heat in the first 48 h and says from when it is allowed", () => {
    const p = mayStart(cold, "heat", onset + 3 * H, fmt);
    expect(p).toMatchObject({ ok: false, ruleId: "P-COLD48", from: "2026-11-26T08:00:00.000Z" });
    expect(mayStart(cold, "cold", onset + 3 * H, fmt)).toEqual({ ok: true });
  });

  it("refuses a heat-or-cold item before its startsAt, allows it after", () => {
    expect(mayStart(heatOrCold, "heat", onset + 47 * H, fmt)).toMatchObject({ ok: false, from: heatOrCold.startsAt });
    expect(mayStart(heatOrCold, "heat", onset + 48 * H, fmt)).toEqual({ ok: true });
  });

  it("refuses heat with numbness (P-NERVE) when the plan never allows it", () => {
    const nerve = { kind: "cold" as const, ruleIds: ["P-THERMAL", "P-NERVE"], maxMinutes: 20 };
    expect(mayStart(nerve, "heat", onset + 72 * H, fmt)).toMatchObject({ ok: false, ruleId: "P-NERVE" });
    expect(mayStart(nerve, "cold", onset + 72 * H, fmt)).toEqual({ ok: true });
  });
});
