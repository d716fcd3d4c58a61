import { describe, expect, it } from "vitest";
import { FLAG_KEYS, type CheckIn, type Flags } from "../checkin/schema";
import { triage } from "../triage";
import { clearedRuleIds } from "./clearance";
import { plan } from "./plan";
import type { Plan, PlanContext, PlanItem } from "./schema";

const HOUR = 3_600_000;
const noFlags = Object.fromEntries(FLAG_KEYS.map((k) => [k, false])) as Flags;
const iso = (ms: number) => new Date(ms).toISOString();

/** A lower-back check-in with every flag answered no; `hours` after onset. */
function checkIn(onsetAt: string, hours: number, over: Partial<CheckIn> = {}, flags: Flags = {}): CheckIn {
  return { onsetAt, now: iso(Date.parse(onsetAt) + hours * HOUR), regions: ["lower_back"], painNow: 3, ...over, flags: { ...noFlags, ...flags } };
}
const items = (p: Plan): PlanItem[] => p.days.flatMap((d) => d.items);
const kinds = (p: Plan, date: string) => p.days.find((d) => d.date === date)?.items.map((i) => i.kind) ?? [];
const exerciseIds = (p: Plan, kind?: string) => [...new Set(items(p).filter((i) => !kind || i.kind === kind).flatMap((i) => (i.exerciseId ? [i.exerciseId] : [])))];
const onset = "2026-11-24T08:00:00Z";
const dailyPain = (onsetAt: string, hours: number[], pain: number) => hours.map((h) => ({ at: iso(Date.parse(onsetAt) + h * HOUR), painNow: pain }));

describe("plan days (design.md)", () => {
  it("runs from today's local date through onset + 14 days, or today + 6 when later", () => {
    const p = plan(checkIn(onset, 10), "Europe/Berlin");
    expect(p.days[0]?.date).toBe("2026-11-24");
    expect(p.days.at(-1)?.date).toBe("2026-12-08");
    expect(p.days).toHaveLength(15);
    const late = plan(checkIn(onset, 20 * 24), "Europe/Berlin");
    expect(late.days.map((d) => d.date)).toEqual(["2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18", "2026-12-19", "2026-12-20"]);
  });

  it("uses the local date in the zone, not UTC's (Asia/Kathmandu +05:45, America/Los_Angeles)", () => {
    const c = { ...checkIn("2026-11-24T18:20:00Z", 0) };
    expect(plan(c, "Asia/Kathmandu").days[0]?.date).toBe("2026-11-25");
    expect(plan(c, "Asia/Kathmandu").days.at(-1)?.date).toBe("2026-12-09");
    expect(plan(checkIn("2026-11-24T18:14:00Z", 0), "Asia/Kathmandu").days[0]?.date).toBe("2026-11-24");
    expect(plan(checkIn("2026-11-25T03:00:00Z", 0), "America/Los_Angeles").days[0]?.date).toBe("2026-11-24");
  });

  it("keeps dates consecutive over a DST change (Europe/Berlin 2026-03-29 and 2026-10-25, America/New_York)", () => {
    for (const [zone, onsetAt] of [
      ["Europe/Berlin", "2026-03-27T20:00:00Z"],
      ["Europe/Berlin", "2026-10-23T20:00:00Z"],
      ["America/New_York", "2026-03-06T20:00:00Z"],
      ["America/New_York", "2026-10-30T20:00:00Z"],
    ] as const) {
      const p = plan(checkIn(onsetAt, 1), zone);
      const dates = p.days.map((d) => Date.parse(`${d.date}T00:00:00Z`));
      expect(dates.slice(1).every((d, i) => d - (dates[i] as number) === 24 * HOUR)).toBe(true);
      expect(p.days).toHaveLength(15);
    }
  });
});

describe("P-COLD48 and P-THERMAL", () => {
  it("P-COLD48: cold only until onset + 48 h; on that day cold until the boundary, heat or cold from it (Europe/Berlin)", () => {
    const p = plan(checkIn(onset, 2), "Europe/Berlin");
    expect(kinds(p, "2026-11-24")).toContain("cold");
    expect(kinds(p, "2026-11-24")).not.toContain("heat_or_cold");
    expect(kinds(p, "2026-11-25")).not.toContain("heat_or_cold");
    const boundaryDay = p.days.find((d) => d.date === "2026-11-26")?.items ?? [];
    const cold = boundaryDay.find((i) => i.kind === "cold");
    const heat = boundaryDay.find((i) => i.kind === "heat_or_cold");
    expect(cold).toMatchObject({ startsAt: "2026-11-25T23:00:00.000Z", ruleIds: ["P-COLD48"], maxMinutes: 20 });
    expect(cold?.text).toMatch(/until 09:00/);
    expect(heat).toMatchObject({ startsAt: "2026-11-26T08:00:00.000Z", ruleIds: ["P-THERMAL"], maxMinutes: 20 });
    expect((cold?.timesPerDay ?? 0) + (heat?.timesPerDay ?? 0)).toBe(4);
    expect(kinds(p, "2026-11-27").filter((k) => k === "cold" || k === "heat_or_cold")).toEqual(["heat_or_cold"]);
  });

  it("P-COLD48: a check-in 1 minute before 48 h gets cold now and heat from the boundary; at 48 h heat or cold from now", () => {
    const before = plan(checkIn(onset, 48 - 1 / 60), "Europe/Berlin").days[0]?.items ?? [];
    expect(before.find((i) => i.kind === "cold")?.startsAt).toBe("2026-11-26T07:59:00.000Z");
    expect(before.find((i) => i.kind === "heat_or_cold")?.startsAt).toBe("2026-11-26T08:00:00.000Z");
    const at = plan(checkIn(onset, 48), "Europe/Berlin").days[0]?.items ?? [];
    expect(at.filter((i) => i.kind === "cold")).toEqual([]);
    expect(at.find((i) => i.kind === "heat_or_cold")).toMatchObject({ startsAt: "2026-11-26T08:00:00.000Z", timesPerDay: 4 });
  });

  it("P-THERMAL: every session at most 20 minutes, up to 4 a day, the 60-minute gap said", () => {
    for (const i of items(plan(checkIn(onset, 60), "Asia/Kolkata")).filter((x) => x.kind === "cold" || x.kind === "heat_or_cold")) {
      expect(i.maxMinutes).toBe(20);
      expect(i.timesPerDay).toBeLessThanOrEqual(4);
      expect(i.text).toMatch(/at least 60 minutes between sessions/);
    }
  });

  it("P-THERMAL: each day's thermal items start on that local day, at local midnight in half-hour zones", () => {
    const p = plan(checkIn(onset, 100), "Asia/Kolkata");
    expect(p.days[1]?.items.find((i) => i.kind === "heat_or_cold")?.startsAt).toBe("2026-11-28T18:30:00.000Z");
    const starts = (zone: string) =>
      Object.fromEntries(plan(checkIn("2026-10-01T00:00:00Z", 60), zone).days.map((d) => [d.date, d.items.find((i) => i.kind === "heat_or_cold")?.startsAt]));
    // Lord Howe moves from +10:30 to +11:00 on 2026-10-04 at 02:00 local; Adelaide from +09:30 to +10:30.
    expect(starts("Australia/Lord_Howe")).toMatchObject({ "2026-10-04": "2026-10-03T13:30:00.000Z", "2026-10-05": "2026-10-04T13:00:00.000Z" });
    expect(starts("Australia/Adelaide")).toMatchObject({ "2026-10-04": "2026-10-03T14:30:00.000Z", "2026-10-05": "2026-10-04T13:30:00.000Z" });
  });

  it("P-COLD48 across a DST change: the boundary day starts at local midnight in the new offset (Europe/Berlin 2026-03-29)", () => {
    const p = plan(checkIn("2026-03-27T10:00:00Z", 1), "Europe/Berlin");
    const day = p.days.find((d) => d.date === "2026-03-29")?.items ?? [];
    expect(day.find((i) => i.kind === "cold")?.startsAt).toBe("2026-03-28T23:00:00.000Z");
    expect(day.find((i) => i.kind === "heat_or_cold")?.startsAt).toBe("2026-03-29T10:00:00.000Z");
    expect(day.find((i) => i.kind === "cold")?.text).toMatch(/until 12:00/);
    const next = p.days.find((d) => d.date === "2026-03-30")?.items ?? [];
    expect(next.find((i) => i.kind === "heat_or_cold")?.startsAt).toBe("2026-03-29T22:00:00.000Z");
    const fall = plan(checkIn("2026-10-23T10:00:00Z", 1), "America/New_York");
    expect(fall.days.find((d) => d.date === "2026-11-02")?.items.find((i) => i.kind === "heat_or_cold")?.startsAt).toBe(
      "2026-11-02T05:00:00.000Z",
    );
  });
});

describe("P-NERVE", () => {
  it("P-NERVE: numbness or tingling means no heat at all; cold wrapped, skin checked", () => {
    const p = plan(checkIn(onset, 60, {}, { numbnessOrTingling: true }), "Europe/Berlin");
    expect(items(p).some((i) => i.kind === "heat_or_cold")).toBe(false);
    const colds = items(p).filter((i) => i.kind === "cold");
    expect(colds).toHaveLength(p.days.length);
    for (const c of colds) {
      expect(c.ruleIds).toContain("P-NERVE");
      expect(c.text).toMatch(/wrapped/);
      expect(c.text).toMatch(/skin every few minutes/);
    }
  });

  it("P-NERVE: nerve signs stop strengthening and training, keep walks and stretches", () => {
    const diary = dailyPain(onset, [24 * 5, 24 * 6], 1);
    const base = checkIn(onset, 24 * 7, { painNow: 1 });
    const clear = plan(base, "Europe/Berlin", { diary });
    expect(items(clear).some((i) => i.kind === "strengthen")).toBe(true);
    expect(items(clear).some((i) => i.kind === "training")).toBe(true);
    for (const nerve of [{ radiation: "below_knee" as const }, { radiation: "arm" as const }]) {
      const p = plan({ ...base, ...nerve }, "Europe/Berlin", { diary });
      expect(items(p).some((i) => i.kind === "strengthen" || i.kind === "training")).toBe(false);
      expect(items(p).some((i) => i.kind === "walk" && i.ruleIds.includes("P-NERVE"))).toBe(true);
      expect(items(p).some((i) => i.kind === "stretch")).toBe(true);
    }
    const numb = plan({ ...base, flags: { ...noFlags, numbnessOrTingling: true } }, "Europe/Berlin", { diary });
    expect(items(numb).some((i) => i.kind === "strengthen" || i.kind === "training")).toBe(false);
    expect(items(plan({ ...base, radiation: "buttock_or_thigh" }, "Europe/Berlin", { diary })).some((i) => i.kind === "training")).toBe(true);
  });
});

describe("P-EMERG and P-DOCTOR", () => {
  it("P-EMERG: emergency and urgent plans hold only the action to take, on the first day", () => {
    for (const flags of [{ saddleNumbness: true }, { fever: true }, { lumpOrShapeChange: true }]) {
      const p = plan(checkIn(onset, 5, {}, flags), "Europe/Berlin");
      expect(["emergency", "urgent"]).toContain(p.level);
      expect(items(p).map((i) => i.kind)).toEqual(["action"]);
      expect(p.days[0]?.items[0]?.ruleIds[0]).toBe("P-EMERG");
      expect(p.days).toHaveLength(15);
    }
    const e = plan(checkIn(onset, 5, {}, { bothLegsSymptoms: true, fever: true }), "Europe/Berlin").days[0]?.items[0];
    expect(e?.ruleIds).toEqual(["P-EMERG", "E-CES"]);
    expect(e?.text).toMatch(/emergency/);
  });

  it("P-DOCTOR: see_doctor keeps comfort, walks and only the gentle stretches; an action to see a doctor", () => {
    const diary = dailyPain(onset, [24 * 5, 24 * 6], 1);
    const c = checkIn(onset, 24 * 7, { painNow: 1, sharp: true, regions: ["lower_back", "neck"] });
    const p = plan(c, "Europe/Berlin", { diary });
    expect(p.level).toBe("see_doctor");
    expect(items(p).some((i) => i.kind === "strengthen" || i.kind === "training")).toBe(false);
    expect(exerciseIds(p, "stretch").sort()).toEqual(["cat-camel", "chin-tuck", "knee-to-chest"]);
    expect(p.days[0]?.items[0]).toMatchObject({ kind: "action", ruleIds: ["P-DOCTOR", "D-SHARP"] });
    for (const kind of ["heat_or_cold", "walk", "posture", "sleep", "pain_relief"]) expect(kinds(p, p.days[1]?.date ?? "")).toContain(kind);
  });

  it("P-DOCTOR: a clearance after onset lifts the limits, also one recorded after the check-in; one before onset does not", () => {
    const diary = dailyPain(onset, [24 * 5, 24 * 6], 1);
    const c = checkIn(onset, 24 * 7, { painNow: 1, sharp: true });
    const clearance = (at: string) => ({ at, ruleIds: ["D-SHARP"] });
    const cleared = plan(c, "Europe/Berlin", { diary, clearance: clearance(iso(Date.parse(onset) + 24 * 6 * HOUR)) });
    expect(items(cleared).some((i) => i.kind === "strengthen")).toBe(true);
    expect(items(cleared).some((i) => i.kind === "training")).toBe(true);
    expect(items(cleared).some((i) => i.kind === "action")).toBe(false);
    expect(exerciseIds(cleared, "stretch")).toContain("standing-back-extension");
    expect(items(plan(c, "Europe/Berlin", { diary, clearance: clearance(iso(Date.parse(onset) - HOUR)) })).some((i) => i.kind === "strengthen" || i.kind === "training")).toBe(false);
    expect(items(plan(c, "Europe/Berlin", { diary, clearance: clearance(iso(Date.parse(c.now) + HOUR)) })).some((i) => i.kind === "strengthen")).toBe(true);
  });

  it("P-DOCTOR: a clearance answers only the rules fired by its moment; a rule firing later brings the limits back", () => {
    const diary = dailyPain(onset, [24 * 18, 24 * 19], 1);
    // Cleared on day 2 for sharp pain; on day 20 the user says it is getting worse (D-WORSE).
    const c = checkIn(onset, 24 * 20, { painNow: 1, sharp: true, trend: "worse" });
    const p = plan(c, "Europe/Berlin", { diary, clearance: { at: iso(Date.parse(onset) + 48 * HOUR), ruleIds: ["D-SHARP"] } });
    expect(p.level).toBe("see_doctor");
    expect(items(p).some((i) => i.kind === "strengthen" || i.kind === "training")).toBe(false);
    expect(p.days[0]?.items[0]).toMatchObject({ kind: "action", ruleIds: expect.arrayContaining(["P-DOCTOR", "D-SHARP", "D-WORSE"]) });
    const firing = triage(c, diary).reasons.map((r) => r.ruleId);
    const all = plan(c, "Europe/Berlin", { diary, clearance: { at: iso(Date.parse(onset) + 48 * HOUR), ruleIds: firing } });
    expect(items(all).some((i) => i.kind === "strengthen")).toBe(true);
    const both = plan(c, "Europe/Berlin", { diary, clearance: { at: iso(Date.parse(onset) + 48 * HOUR), ruleIds: firing.filter((id) => id !== "D-WORSE") } });
    expect(items(both).some((i) => i.kind === "strengthen")).toBe(false);
  });

  it("P-DOCTOR: clearedRuleIds takes the see_doctor rules of the check-ins up to the clearance", () => {
    const sharp = triage(checkIn(onset, 24, { painNow: 3, sharp: true }));
    const worse = triage(checkIn(onset, 24 * 5, { painNow: 3, sharp: true, trend: "worse" }));
    const fever = triage(checkIn(onset, 24 * 6, { painNow: 3, flags: { fever: true } }));
    const at = (h: number) => iso(Date.parse(onset) + h * HOUR);
    const records = [{ at: at(24), triage: sharp }, { at: at(24 * 5), triage: worse }, { at: at(24 * 6), triage: fever }];
    expect(clearedRuleIds(records, at(48))).toEqual(["D-SHARP"]);
    expect(clearedRuleIds(records, at(24 * 5))).toEqual(["D-SHARP", "D-WORSE"]);
    expect(clearedRuleIds(records, at(24 * 7))).toEqual(["D-SHARP", "D-WORSE"]);
    expect(clearedRuleIds(records, at(1))).toEqual([]);
  });
});

describe("P-REST", () => {
  it("P-REST: severe (pain 7) rests the local days the first 72 h touch; pain 6 (moderate) only those of the first 24 h", () => {
    const severe = plan(checkIn(onset, 1, { painNow: 7 }), "Europe/Berlin");
    const rest = (p: Plan) => p.days.filter((d) => d.items.some((i) => i.kind === "rest_from_training")).map((d) => d.date);
    // Onset 09:00 local on the 24th: 72 h end at 09:00 on the 27th.
    expect(rest(severe)).toEqual(["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]);
    const moderate = plan(checkIn(onset, 1, { painNow: 3, painWorst24h: 6 }), "Europe/Berlin");
    expect(rest(moderate)).toEqual(["2026-11-24", "2026-11-25"]);
    expect(rest(plan(checkIn(onset, 1, { painNow: 3 }), "Europe/Berlin"))).toEqual([]);
    expect(rest(plan(checkIn(onset, 1, { painNow: 4 }), "Europe/Berlin"))).toEqual(["2026-11-24", "2026-11-25"]);
  });

  it("P-REST: the rest is counted from onset; a check-in after it has no rest days, and walks stay every day", () => {
    const p = plan(checkIn(onset, 72, { painNow: 7 }), "Europe/Berlin");
    expect(items(p).some((i) => i.kind === "rest_from_training")).toBe(false);
    expect(p.days.every((d) => d.items.some((i) => i.kind === "walk"))).toBe(true);
    const justBefore = plan(checkIn(onset, 72 - 1 / 60, { painNow: 7 }), "Europe/Berlin");
    expect(justBefore.days[0]?.items.some((i) => i.kind === "rest_from_training")).toBe(true);
  });

  it("P-REST: a severe rating in the diary rests the first 72 h even when the check-in itself is mild", () => {
    // Pain 9 at 5 h, 1 since: a check-in at 60 h (painNow 1) must not bring training before 72 h.
    const diary = [{ at: iso(Date.parse(onset) + 5 * HOUR), painNow: 9 }, ...dailyPain(onset, [30, 40, 50], 1)];
    const p = plan(checkIn(onset, 60, { painNow: 1 }), "Europe/Berlin", { diary, preEpisodeWeeklyLoad: 1000 });
    const restDays = p.days.filter((d) => d.items.some((i) => i.kind === "rest_from_training")).map((d) => d.date);
    expect(restDays).toEqual(["2026-11-26", "2026-11-27"]);
    expect(p.days.filter((d) => d.date <= "2026-11-27").every((d) => d.items.every((i) => i.kind !== "training"))).toBe(true);
    expect(p.days.find((d) => d.date === "2026-11-28")?.items.some((i) => i.kind === "training")).toBe(true);
  });
});

describe("P-STRETCH", () => {
  it("P-STRETCH: lower back gets back extension and knee-to-chest, neck chin tuck and shoulder-blade squeeze, 3 a day", () => {
    const low = plan(checkIn(onset, 60), "Europe/Berlin");
    expect(exerciseIds(low, "stretch")).toEqual(["standing-back-extension", "knee-to-chest"]);
    expect(items(low).find((i) => i.exerciseId === "standing-back-extension")?.text).toMatch(/Do not stretch too far back; stop at any pain/);
    const neck = plan(checkIn(onset, 60, { regions: ["neck"] }), "Europe/Berlin");
    expect(exerciseIds(neck, "stretch")).toEqual(["chin-tuck", "shoulder-blade-squeeze"]);
    expect(items(neck).filter((i) => i.kind === "stretch").every((i) => i.timesPerDay === 3)).toBe(true);
  });

  it("P-STRETCH: severe pain keeps only knee-to-chest / chin tuck on the days of the first 48 h", () => {
    const p = plan(checkIn(onset, 1, { painNow: 8, regions: ["mid_back", "upper_back"] }), "Europe/Berlin");
    const ids = (date: string) => p.days.find((d) => d.date === date)?.items.filter((i) => i.kind === "stretch").map((i) => i.exerciseId);
    expect(ids("2026-11-24")).toEqual(["knee-to-chest", "chin-tuck"]);
    expect(ids("2026-11-26")).toEqual(["knee-to-chest", "chin-tuck"]);
    expect(ids("2026-11-27")).toEqual(["standing-back-extension", "knee-to-chest", "chin-tuck", "shoulder-blade-squeeze"]);
    const after48 = plan(checkIn(onset, 48, { painNow: 8 }), "Europe/Berlin");
    expect(after48.days[0]?.items.filter((i) => i.kind === "stretch").map((i) => i.exerciseId)).toEqual(["standing-back-extension", "knee-to-chest"]);
  });
});

describe("P-STRENGTH", () => {
  it("P-STRENGTH: bird dog once a day from today when severity is mild (3), none when moderate (4)", () => {
    const mild = plan(checkIn(onset, 1, { painNow: 3 }), "Europe/Berlin");
    expect(mild.days.every((d) => d.items.some((i) => i.exerciseId === "bird-dog" && i.timesPerDay === 1))).toBe(true);
    expect(items(mild).find((i) => i.exerciseId === "bird-dog")?.text).toMatch(/Hold 5 seconds; 5 each side, alternating. Once a day./);
    expect(items(plan(checkIn(onset, 1, { painNow: 3, painWorst24h: 4 }), "Europe/Berlin")).some((i) => i.kind === "strengthen")).toBe(false);
  });

  it("P-STRENGTH: stages by mild day — dead bug and glute bridge from day 3, side plank from day 7", () => {
    const p = plan(checkIn(onset, 1, { painNow: 2 }), "Europe/Berlin");
    const stage = (i: number) => p.days[i]?.items.filter((x) => x.kind === "strengthen").map((x) => x.exerciseId);
    expect(stage(2)).toEqual(["bird-dog"]);
    expect(stage(3)).toEqual(["bird-dog", "dead-bug", "glute-bridge"]);
    expect(stage(6)).toEqual(["bird-dog", "dead-bug", "glute-bridge"]);
    expect(stage(7)).toEqual(["bird-dog", "dead-bug", "glute-bridge", "side-plank"]);
  });

  it("P-STRENGTH: mild days already in the diary count towards the stages; a day without a rating breaks the run", () => {
    const c = checkIn(onset, 24 * 5, { painNow: 2 });
    const diary = dailyPain(onset, [24 * 2, 24 * 3, 24 * 4], 2);
    const ids = (ctx: PlanContext) => plan(c, "Europe/Berlin", ctx).days[0]?.items.filter((x) => x.kind === "strengthen").map((x) => x.exerciseId);
    expect(ids({ diary })).toEqual(["bird-dog", "dead-bug", "glute-bridge"]);
    expect(ids({ diary: diary.filter((_, i) => i !== 1) })).toEqual(["bird-dog"]);
  });
});

describe("P-RETURN", () => {
  const diary = dailyPain(onset, [24 * 5], 2);
  it("P-RETURN: painNow ≤ 2 today and yesterday brings training, with warm-up and cool-down; 3 on either day does not", () => {
    const p = plan(checkIn(onset, 24 * 6, { painNow: 2 }), "Europe/Berlin", { diary, preEpisodeWeeklyLoad: 2000 });
    const today = p.days[0]?.items.filter((i) => i.kind === "training") ?? [];
    expect(today.map((i) => i.exerciseId ?? "session")).toEqual(["warm-up", "session", "cool-down"]);
    expect(today.every((i) => i.stopIfPain === true && i.ruleIds.includes("P-RETURN"))).toBe(true);
    expect(items(plan(checkIn(onset, 24 * 6, { painNow: 3 }), "Europe/Berlin", { diary })).some((i) => i.kind === "training")).toBe(false);
    const badYesterday = dailyPain(onset, [24 * 5], 3);
    expect(items(plan(checkIn(onset, 24 * 6, { painNow: 2 }), "Europe/Berlin", { diary: badYesterday })).some((i) => i.kind === "training")).toBe(false);
    expect(items(plan(checkIn(onset, 24 * 6, { painNow: 0 }), "Europe/Berlin")).some((i) => i.kind === "training")).toBe(false);
  });

  it("P-RETURN: a worst-in-24-h above 2 keeps training off today, however low painNow is", () => {
    const c = checkIn(onset, 24 * 6, { painNow: 1, painWorst24h: 8 });
    expect(items(plan(c, "Europe/Berlin", { diary })).some((i) => i.kind === "training")).toBe(false);
    const low = checkIn(onset, 24 * 6, { painNow: 1, painWorst24h: 2 });
    expect(items(plan(low, "Europe/Berlin", { diary })).some((i) => i.kind === "training")).toBe(true);
  });

  it("P-RETURN: weekly cap 50% of the pre-episode load the first week, then +10% a week", () => {
    const p = plan(checkIn(onset, 24 * 6, { painNow: 1 }), "Europe/Berlin", { diary, preEpisodeWeeklyLoad: 2000 });
    const caps = p.days.map((d) => d.items.find((i) => i.kind === "training" && i.weeklyLoadCap !== undefined)?.weeklyLoadCap);
    expect(caps).toEqual([1000, 1000, 1000, 1000, 1000, 1000, 1000, 1100, 1100]);
    expect(p.days.length).toBe(9);
  });

  it("P-RETURN: not while a see_doctor rule fires (D-PERSIST at 28 days)", () => {
    const late = checkIn(onset, 24 * 28, { painNow: 1 });
    const p = plan(late, "Europe/Berlin", { diary: dailyPain(onset, [24 * 27], 1) });
    expect(p.level).toBe("see_doctor");
    expect(items(p).some((i) => i.kind === "training")).toBe(false);
  });
});

describe("daily items", () => {
  it("P-POSTURE: a posture item every day; desk workers get movement breaks and a lumbar support", () => {
    const p = plan(checkIn(onset, 5), "Europe/Berlin");
    expect(p.days.every((d) => d.items.filter((i) => i.kind === "posture").length === 1)).toBe(true);
    const desk = plan(checkIn(onset, 5), "Europe/Berlin", { deskWorker: true });
    expect(items(desk).find((i) => i.kind === "posture")?.text).toMatch(/every 30–45 minutes.*lumbar support/);
    expect(items(p).find((i) => i.kind === "posture")?.text).not.toMatch(/lumbar/);
  });

  it("P-SLEEP: side sleeping with knees bent and a pillow between them, every day", () => {
    const p = plan(checkIn(onset, 5), "Europe/Berlin");
    expect(p.days.every((d) => d.items.some((i) => i.kind === "sleep" && /side.*knees bent.*pillow between your knees/.test(i.text)))).toBe(true);
  });

  it("P-RELIEF: over-the-counter relief without doses while there is pain; none at pain 0", () => {
    const relief = items(plan(checkIn(onset, 5, { painNow: 5 }), "Europe/Berlin")).find((i) => i.kind === "pain_relief");
    expect(relief?.text).toMatch(/pharmacist/);
    expect(relief?.text).not.toMatch(/\d+ ?mg/);
    expect(items(plan(checkIn(onset, 5, { painNow: 0 }), "Europe/Berlin")).some((i) => i.kind === "pain_relief")).toBe(false);
  });

  it("P-STOP: every stretch, strengthen, walk and training item says stop if it hurts", () => {
    const p = plan(checkIn(onset, 24 * 6, { painNow: 1 }), "Europe/Berlin", { diary: dailyPain(onset, [24 * 5], 1) });
    const moving = items(p).filter((i) => ["stretch", "strengthen", "walk", "training"].includes(i.kind));
    expect(new Set(moving.map((i) => i.kind))).toEqual(new Set(["stretch", "strengthen", "walk", "training"]));
    for (const i of moving) {
      expect(i.stopIfPain).toBe(true);
      expect(i.ruleIds).toContain("P-STOP");
      expect(i.text).toMatch(/Stop if it hurts\.$/);
    }
  });

  it("is deterministic and throws a RangeError on an unknown zone", () => {
    const c = checkIn(onset, 30, { painNow: 5 });
    expect(plan(c, "Asia/Kathmandu")).toEqual(plan(c, "Asia/Kathmandu"));
    expect(() => plan(c, "Mars/Olympus")).toThrow(RangeError);
  });
});
