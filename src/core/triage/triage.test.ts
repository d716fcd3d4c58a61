import { describe, expect, it } from "vitest";
import { FLAG_KEYS, type CheckIn, type Flags } from "../checkin/schema";
import type { DiaryPoint } from "../diary";
import { RULES } from "./rules";
import { triage } from "./triage";

const HOUR = 3_600_000;
const onsetAt = "2026-11-01T08:00:00Z";
const at = (hours: number) => new Date(Date.parse(onsetAt) + hours * HOUR).toISOString();
const noFlags = Object.fromEntries(FLAG_KEYS.map((k) => [k, false])) as Flags;

/** A mild lower-back check-in 1 h after onset with every flag answered "no", plus changes. */
const checkIn = (over: Partial<CheckIn> & { hours?: number } = {}, flags: Flags = {}): CheckIn => {
  const { hours = 1, ...rest } = over;
  return { onsetAt, now: at(hours), regions: ["lower_back"], painNow: 3, ...rest, flags: { ...noFlags, ...flags } };
};
const ids = (c: CheckIn, diary?: DiaryPoint[]) => triage(c, diary).reasons.map((r) => r.ruleId);
const fires = (id: string, c: CheckIn, diary?: DiaryPoint[]) => ids(c, diary).includes(id);
const levelOf = (c: CheckIn, diary?: DiaryPoint[]) => triage(c, diary).level;

describe("triage (care-rules §2)", () => {
  it("S-OK: nothing fired gives self_care, S-OK as the only reason, training allowed", () => {
    const r = triage(checkIn());
    expect(r.level).toBe("self_care");
    expect(r.stopTraining).toBe(false);
    expect(r.reasons.map((x) => x.ruleId)).toEqual(["S-OK"]);
    expect(r.unansweredFlags).toEqual([]);
    expect(r.advice).toMatch(/self-care/);
  });

  it("lists every unanswered flag in FLAG_KEYS order and treats them as no", () => {
    const r = triage({ onsetAt, now: at(1), regions: ["neck"], painNow: 2, flags: { fever: false, saddleNumbness: false } });
    expect(r.unansweredFlags).toEqual(FLAG_KEYS.filter((k) => k !== "fever" && k !== "saddleNumbness"));
    expect(r.level).toBe("self_care");
    expect(triage({ onsetAt, now: at(1), regions: ["neck"], painNow: 2 }).unansweredFlags).toEqual([...FLAG_KEYS]);
  });

  it("every reason carries the rule's plain message and its source", () => {
    const r = triage(checkIn({ sharp: true }, { fever: true }));
    for (const reason of r.reasons) {
      const rule = RULES.find((x) => x.id === reason.ruleId);
      expect(reason.message).toContain(rule?.message);
      expect(reason.message).toContain(rule?.source);
    }
  });

  it("the level is the most urgent reached; every fired rule is listed; stopTraining beyond self_care", () => {
    const r = triage(checkIn({ sharp: true }, { fever: true, saddleNumbness: true }));
    expect(r.level).toBe("emergency");
    expect(r.reasons.map((x) => x.ruleId)).toEqual(["E-CES", "U-INFECT", "D-SHARP"]);
    expect(r.stopTraining).toBe(true);
    expect(triage(checkIn({}, { fever: true })).stopTraining).toBe(true);
  });

  describe.each([
    ["E-CES", "emergency", ["saddleNumbness", "bladderOrBowelChange", "newSexualDysfunction", "bothLegsSymptoms"]],
    ["E-NEURO", "emergency", ["progressiveWeakness", "unsteadyWalking"]],
    ["E-TRAUMA", "emergency", ["majorTrauma"]],
    ["E-CHEST", "emergency", ["chestPainOrBreathless"]],
    ["E-AORTA", "emergency", ["suddenTearingPainOrFainting"]],
    ["E-STROKE", "emergency", ["dizzinessVisionSpeechSwallow"]],
    ["E-HEADACHE", "emergency", ["suddenSevereHeadache"]],
    ["U-MYELO", "urgent", ["handClumsiness"]],
    ["U-LUMP", "urgent", ["lumpOrShapeChange"]],
    ["D-RISK", "see_doctor", ["cancerHistory", "unexplainedWeightLoss", "immunosuppressedOrIvDrugs", "osteoporosisOrSteroids", "constantNightPain"]],
  ] as const)("%s (%s)", (id, level, keys) => {
    it.each(keys)(`${id} fires on %s, in any region`, (key) => {
      for (const region of ["neck", "upper_back", "mid_back", "lower_back"] as const) {
        const c = checkIn({ regions: [region] }, { [key]: true });
        expect(fires(id, c)).toBe(true);
        expect(["emergency", "urgent", "see_doctor"].indexOf(levelOf(c))).toBeLessThanOrEqual(
          ["emergency", "urgent", "see_doctor"].indexOf(level),
        );
      }
    });
    it(`${id} does not fire with the flags answered no or unanswered`, () => {
      expect(fires(id, checkIn())).toBe(false);
      expect(fires(id, { onsetAt, now: at(1), regions: ["lower_back"], painNow: 3 })).toBe(false);
    });
  });

  it("E-MENINGITIS: neck and fever is an emergency; fever without neck pain is not", () => {
    expect(fires("E-MENINGITIS", checkIn({ regions: ["lower_back", "neck"] }, { fever: true }))).toBe(true);
    expect(levelOf(checkIn({ regions: ["neck"] }, { fever: true }))).toBe("emergency");
    expect(fires("E-MENINGITIS", checkIn({ regions: ["upper_back"] }, { fever: true }))).toBe(false);
    expect(fires("E-MENINGITIS", checkIn({ regions: ["neck"] }))).toBe(false);
  });

  it("E-MSCC: cancer history with nerve signs or clumsy hands; not cancer history alone, not nerve signs alone", () => {
    const cancer = { cancerHistory: true };
    expect(fires("E-MSCC", checkIn({ radiation: "below_knee" }, cancer))).toBe(true);
    expect(fires("E-MSCC", checkIn({ radiation: "arm" }, cancer))).toBe(true);
    expect(fires("E-MSCC", checkIn({}, { ...cancer, numbnessOrTingling: true }))).toBe(true);
    expect(fires("E-MSCC", checkIn({}, { ...cancer, handClumsiness: true }))).toBe(true);
    expect(levelOf(checkIn({ radiation: "arm" }, cancer))).toBe("emergency");
    expect(fires("E-MSCC", checkIn({ radiation: "buttock_or_thigh" }, cancer))).toBe(false);
    expect(fires("E-MSCC", checkIn({}, cancer))).toBe(false);
    expect(fires("E-MSCC", checkIn({ radiation: "below_knee" }, { numbnessOrTingling: true }))).toBe(false);
  });

  it("U-INFECT: fever without neck pain is urgent", () => {
    const c = checkIn({}, { fever: true });
    expect(fires("U-INFECT", c)).toBe(true);
    expect(levelOf(c)).toBe("urgent");
    expect(fires("U-INFECT", checkIn())).toBe(false);
  });

  it("U-CANCER: cancer history or weight loss with night pain, painNow ≥ 7 (not 6) or a neck, upper or mid back", () => {
    for (const risk of ["cancerHistory", "unexplainedWeightLoss"] as const) {
      expect(fires("U-CANCER", checkIn({ painNow: 7 }, { [risk]: true }))).toBe(true);
      expect(fires("U-CANCER", checkIn({ painNow: 6, painWorst24h: 9 }, { [risk]: true }))).toBe(false);
      expect(fires("U-CANCER", checkIn({}, { [risk]: true, constantNightPain: true }))).toBe(true);
      for (const region of ["neck", "upper_back", "mid_back"] as const)
        expect(fires("U-CANCER", checkIn({ regions: [region] }, { [risk]: true }))).toBe(true);
      expect(fires("U-CANCER", checkIn({ regions: ["lower_back"] }, { [risk]: true }))).toBe(false);
    }
    expect(levelOf(checkIn({ painNow: 7 }, { unexplainedWeightLoss: true }))).toBe("urgent");
    expect(fires("U-CANCER", checkIn({ painNow: 9, regions: ["neck"] }, { constantNightPain: true }))).toBe(false);
  });

  it("U-FRACTURE: fragile bones and the higher of painNow and painWorst24h ≥ 7, not 6", () => {
    const fragile = { osteoporosisOrSteroids: true };
    expect(fires("U-FRACTURE", checkIn({ painNow: 7 }, fragile))).toBe(true);
    expect(fires("U-FRACTURE", checkIn({ painNow: 3, painWorst24h: 7 }, fragile))).toBe(true);
    expect(fires("U-FRACTURE", checkIn({ painNow: 6, painWorst24h: 6 }, fragile))).toBe(false);
    expect(fires("U-FRACTURE", checkIn({ painNow: 10 }))).toBe(false);
    expect(levelOf(checkIn({ painNow: 7 }, fragile))).toBe("urgent");
    expect(levelOf(checkIn({ painNow: 6 }, fragile))).toBe("see_doctor");
  });

  it("D-SHARP: sharp pain sends to a doctor (seed); not sharp or unanswered does not", () => {
    const r = triage(checkIn({ sharp: true }));
    expect(r.level).toBe("see_doctor");
    expect(r.stopTraining).toBe(true);
    expect(fires("D-SHARP", checkIn({ sharp: true }))).toBe(true);
    expect(fires("D-SHARP", checkIn({ sharp: false }))).toBe(false);
    expect(fires("D-SHARP", checkIn())).toBe(false);
  });

  describe("D-NOTIMPROVING", () => {
    it("D-NOTIMPROVING without a diary: trend same or worse at 14 days fires, at 14 days less a minute does not", () => {
      for (const trend of ["same", "worse"] as const) {
        expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24, trend }))).toBe(true);
        expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24 - 1 / 60, trend }))).toBe(false);
      }
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 20 * 24, trend: "better" }))).toBe(false);
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 20 * 24 }))).toBe(false);
      expect(levelOf(checkIn({ hours: 14 * 24, trend: "same" }))).toBe("see_doctor");
    });

    const diary = (peak: number, recent: number[]): DiaryPoint[] => [
      { at: at(2), painNow: Math.max(0, peak - 2) },
      { at: at(30), painNow: peak },
      ...recent.map((painNow, i) => ({ at: at(14 * 24 - 60 + i * 12), painNow })),
    ];

    it("D-NOTIMPROVING with a diary: last-3-day mean above 70% of the first-72-h peak fires; exactly 70% does not", () => {
      // Peak 10: the check-in (7) and two entries (7, 7) give a mean of exactly 7 = 70%.
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24, painNow: 7 }), diary(10, [7, 7]))).toBe(false);
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24, painNow: 8 }), diary(10, [7, 7]))).toBe(true);
      // A 30% drop from a peak of 7 is 4.9: a mean of 5 fires, 4.5 does not.
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 15 * 24, painNow: 5 }), diary(7, []))).toBe(true);
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24, painNow: 4 }), diary(7, [5]))).toBe(false);
    });

    it("D-NOTIMPROVING with a diary: not before 14 days, however flat the pain", () => {
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24 - 1 / 60, painNow: 9 }), diary(9, [9, 9]))).toBe(false);
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24, painNow: 9 }), diary(9, [9, 9]))).toBe(true);
    });

    it("D-NOTIMPROVING: the diary decides over trend when it has the data", () => {
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24, painNow: 2, trend: "same" }), diary(8, [2, 2]))).toBe(false);
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24, painNow: 8, trend: "better" }), diary(8, [8]))).toBe(true);
    });

    it("D-NOTIMPROVING falls back to trend when the diary has no rating in the first 72 h", () => {
      const late: DiaryPoint[] = [{ at: at(100), painNow: 8 }, { at: at(14 * 24 - 10), painNow: 1 }];
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24, painNow: 1, trend: "same" }), late)).toBe(true);
      expect(fires("D-NOTIMPROVING", checkIn({ hours: 14 * 24, painNow: 1, trend: "better" }), late)).toBe(false);
    });
  });

  describe("D-WORSE", () => {
    it("D-WORSE without a diary: trend worse at 72 h fires, at 72 h less a minute does not; same does not", () => {
      expect(fires("D-WORSE", checkIn({ hours: 72, trend: "worse" }))).toBe(true);
      expect(fires("D-WORSE", checkIn({ hours: 72 - 1 / 60, trend: "worse" }))).toBe(false);
      expect(fires("D-WORSE", checkIn({ hours: 200, trend: "same" }))).toBe(false);
      expect(levelOf(checkIn({ hours: 72, trend: "worse" }))).toBe("see_doctor");
    });

    // Two ratings in each 24-h window of the 4 days before the check-in at 120 h.
    const diary = (before: number, recent: number): DiaryPoint[] => [
      { at: at(30), painNow: before },
      { at: at(50), painNow: before },
      { at: at(80), painNow: recent },
      { at: at(100), painNow: recent },
    ];

    it("D-WORSE with a diary: the last 2 days' mean 2 points above the 2 days before fires; 1.5 points does not", () => {
      expect(fires("D-WORSE", checkIn({ hours: 120, painNow: 5 }), diary(3, 5))).toBe(true);
      // Means 4.5 against 3: only 1.5 points worse.
      expect(fires("D-WORSE", checkIn({ hours: 120, painNow: 4 }), diary(3, 5))).toBe(false);
      expect(fires("D-WORSE", checkIn({ hours: 120, painNow: 6, trend: "better" }), diary(4, 6))).toBe(true);
    });

    it("D-WORSE with a diary: not before 72 h", () => {
      const early: DiaryPoint[] = [{ at: at(1), painNow: 2 }, { at: at(30), painNow: 7 }];
      expect(fires("D-WORSE", checkIn({ hours: 72 - 1 / 60, painNow: 7 }), early)).toBe(false);
      expect(fires("D-WORSE", checkIn({ hours: 72, painNow: 7 }), early)).toBe(true);
    });

    it("D-WORSE: the user's own 'worse' fires even over a flat diary; without diary data, trend decides", () => {
      expect(fires("D-WORSE", checkIn({ hours: 120, painNow: 3, trend: "worse" }), diary(3, 3))).toBe(true);
      expect(fires("D-WORSE", checkIn({ hours: 120, painNow: 3, trend: "same" }), diary(3, 3))).toBe(false);
      const recentOnly: DiaryPoint[] = [{ at: at(110), painNow: 3 }];
      expect(fires("D-WORSE", checkIn({ hours: 120, painNow: 3, trend: "worse" }), recentOnly)).toBe(true);
      expect(fires("D-WORSE", checkIn({ hours: 120, painNow: 3, trend: "same" }), recentOnly)).toBe(false);
    });
  });

  it("D-PERSIST: pain at 28 days fires; 28 days less a minute, or no pain, does not", () => {
    expect(fires("D-PERSIST", checkIn({ hours: 28 * 24, painNow: 1 }))).toBe(true);
    expect(fires("D-PERSIST", checkIn({ hours: 28 * 24 - 1 / 60, painNow: 1 }))).toBe(false);
    expect(fires("D-PERSIST", checkIn({ hours: 40 * 24, painNow: 0 }))).toBe(false);
    expect(levelOf(checkIn({ hours: 28 * 24, painNow: 1 }))).toBe("see_doctor");
  });

  it("D-RADIATE: nerve signs at 14 days fire, not at 14 days less a minute; thigh radiation is no nerve sign", () => {
    expect(fires("D-RADIATE", checkIn({ hours: 14 * 24, radiation: "below_knee" }))).toBe(true);
    expect(fires("D-RADIATE", checkIn({ hours: 14 * 24, radiation: "arm" }))).toBe(true);
    expect(fires("D-RADIATE", checkIn({ hours: 14 * 24 }, { numbnessOrTingling: true }))).toBe(true);
    expect(fires("D-RADIATE", checkIn({ hours: 14 * 24 - 1 / 60, radiation: "below_knee" }))).toBe(false);
    expect(fires("D-RADIATE", checkIn({ hours: 30 * 24, painNow: 0, radiation: "buttock_or_thigh" }))).toBe(false);
    // Nerve signs in the first two weeks are no reason by themselves to see a doctor.
    expect(levelOf(checkIn({ hours: 24, radiation: "below_knee" }, { numbnessOrTingling: true }))).toBe("self_care");
  });

  it("D-SEVERE: painNow 8 at 72 h fires; 7 at 72 h, or 8 at 72 h less a minute, does not", () => {
    expect(fires("D-SEVERE", checkIn({ hours: 72, painNow: 8 }))).toBe(true);
    expect(fires("D-SEVERE", checkIn({ hours: 72, painNow: 7, painWorst24h: 10 }))).toBe(false);
    expect(fires("D-SEVERE", checkIn({ hours: 72 - 1 / 60, painNow: 10 }))).toBe(false);
    expect(levelOf(checkIn({ hours: 72, painNow: 8 }))).toBe("see_doctor");
    expect(levelOf(checkIn({ hours: 71, painNow: 10 }))).toBe("self_care");
  });

  it("has one rule per id of care-rules §2, S-OK apart", () => {
    expect(RULES.map((r) => r.id)).toEqual([
      "E-CES", "E-NEURO", "E-TRAUMA", "E-CHEST", "E-AORTA", "E-STROKE", "E-HEADACHE", "E-MENINGITIS", "E-MSCC",
      "U-INFECT", "U-CANCER", "U-FRACTURE", "U-MYELO", "U-LUMP",
      "D-RISK", "D-SHARP", "D-NOTIMPROVING", "D-WORSE", "D-PERSIST", "D-RADIATE", "D-SEVERE",
    ]);
  });
});
