import { describe, expect, it } from "vitest";
import { parseCheckIn } from "../../../src/core/checkin/parse";
import { FLAG_KEYS } from "../../../src/core/checkin/schema";
import { emptyAnswers, isAnswered, stepsFor, toCheckIn, type Answers } from "./flow";
import { FLAG_GROUPS } from "./flagGroups";

const now = "2026-11-24T18:00:00+01:00";
const nowMs = Date.parse(now);
const answers = (patch: Partial<Answers>): Answers => ({ ...emptyAnswers(), regions: ["lower_back"], painNow: 4, ...patch });

describe("quick check flow", () => {
  it("asks every red-flag key exactly once, a group per screen", () => {
    const keys = stepsFor(emptyAnswers(), FLAG_GROUPS, nowMs).flatMap((s) => (s.kind === "flags" ? s.group.questions.map((q) => q.key) : []));
    expect([...keys].sort()).toEqual([...FLAG_KEYS].sort());
  });

  it("asks better-or-worse only once a day has passed since onset", () => {
    const kinds = (onsetAt: string) => stepsFor(answers({ onsetAt }), FLAG_GROUPS, nowMs).map((s) => s.kind);
    expect(kinds("2026-11-24T12:00:00+01:00")).not.toContain("trend");
    expect(kinds("2026-11-23T18:00:00+01:00")).toContain("trend");
  });

  it("lets a flag group go on only when every question in it is answered", () => {
    const group = FLAG_GROUPS[0]!;
    const step = { kind: "flags" as const, group };
    const [first, ...rest] = group.questions;
    expect(isAnswered(step, answers({ flags: { [first!.key]: false } }))).toBe(rest.length === 0);
    expect(isAnswered(step, answers({ flags: Object.fromEntries(group.questions.map((q) => [q.key, false])) }))).toBe(true);
  });

  it("makes a check-in the care core accepts, dropping a trend that no longer applies", () => {
    const a = answers({ onsetAt: "2026-11-24T16:00:00+01:00", painWorst24h: 2, trend: "worse", sharp: false, radiation: "none", flags: { fever: false } });
    const c = toCheckIn(a, now);
    expect(c).toEqual({
      onsetAt: "2026-11-24T16:00:00+01:00",
      now,
      regions: ["lower_back"],
      painNow: 4,
      painWorst24h: 4,
      sharp: false,
      radiation: "none",
      flags: { fever: false },
    });
    expect(parseCheckIn(c, new Date(nowMs)).ok).toBe(true);
  });
});
