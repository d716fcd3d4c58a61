import { describe, expect, it } from "vitest";
import { FLAG_KEYS } from "../checkin/schema";
import { RED_FLAG_GROUPS, RED_FLAG_QUESTIONS, RedFlagQuestionSchema, redFlagsByGroup } from "./red-flags";

describe("red-flag questions", () => {
  it("have exactly one question per FLAG_KEY, keyed by it", () => {
    expect(Object.keys(RED_FLAG_QUESTIONS).sort()).toEqual([...FLAG_KEYS].sort());
    for (const key of FLAG_KEYS) expect(RED_FLAG_QUESTIONS[key].key).toBe(key);
  });

  it.each(FLAG_KEYS)("%s is valid per the schema: a yes/no question, a sign and what to do", (key) => {
    expect(RedFlagQuestionSchema.safeParse(RED_FLAG_QUESTIONS[key]).error?.issues).toBeUndefined();
  });

  it("have distinct questions and signs", () => {
    const qs = Object.values(RED_FLAG_QUESTIONS);
    expect(new Set(qs.map((q) => q.question)).size).toBe(FLAG_KEYS.length);
    expect(new Set(qs.map((q) => q.sign)).size).toBe(FLAG_KEYS.length);
  });

  it("fall into 4 to 5 non-empty groups that together hold every key once, in FLAG_KEYS order", () => {
    const groups = redFlagsByGroup();
    expect(groups.length).toBeGreaterThanOrEqual(4);
    expect(groups.length).toBeLessThanOrEqual(5);
    expect(groups.map((g) => g.id)).toEqual(RED_FLAG_GROUPS.map((g) => g.id));
    for (const g of groups) expect(g.questions.length).toBeGreaterThan(0);
    const keys = groups.flatMap((g) => g.questions.map((q) => q.key));
    expect([...keys].sort()).toEqual([...FLAG_KEYS].sort());
    for (const g of groups) {
      const order = g.questions.map((q) => FLAG_KEYS.indexOf(q.key));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it("send the cauda equina and sudden signs to emergency care (E-CES, E-TRAUMA, E-CHEST, E-STROKE, E-AORTA)", () => {
    for (const key of [
      "saddleNumbness",
      "bladderOrBowelChange",
      "newSexualDysfunction",
      "bothLegsSymptoms",
      "progressiveWeakness",
      "unsteadyWalking",
      "majorTrauma",
      "chestPainOrBreathless",
      "dizzinessVisionSpeechSwallow",
      "suddenSevereHeadache",
      "suddenTearingPainOrFainting",
    ] as const) {
      expect(RED_FLAG_QUESTIONS[key].whatToDo).toMatch(/emergency/i);
    }
  });

  it("rejects a question that is not a question and a group that does not exist", () => {
    const base = RED_FLAG_QUESTIONS.fever;
    expect(RedFlagQuestionSchema.safeParse({ ...base, question: "You have a fever." }).success).toBe(false);
    const r = RedFlagQuestionSchema.safeParse({ ...base, group: "other" });
    expect(r.error?.issues[0]?.path).toEqual(["group"]);
  });
});
