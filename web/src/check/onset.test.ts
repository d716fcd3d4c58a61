import { describe, expect, it } from "vitest";
import { fromLocalInput, onsetChoices, toInstant, toLocalInput } from "./onset";

describe("onset quick picks", () => {
  it("offers only past moments, nearest first", () => {
    const now = new Date(2026, 10, 24, 18, 0);
    const choices = onsetChoices(now);
    expect(choices.map((c) => c.id)).toEqual([
      "just-now",
      "2h",
      "this-morning",
      "yesterday-evening",
      "yesterday-morning",
      "2d",
      "3d",
      "1w",
      "2w",
      "4w",
    ]);
    for (const c of choices) expect(c.at.getTime()).toBeLessThanOrEqual(now.getTime());
    const evening = choices.find((c) => c.id === "yesterday-evening")?.at;
    expect(evening).toEqual(new Date(2026, 10, 23, 19, 0));
  });

  it("leaves out 'this morning' early in the morning", () => {
    const ids = onsetChoices(new Date(2026, 10, 24, 7, 30)).map((c) => c.id);
    expect(ids).not.toContain("this-morning");
    expect(ids).toContain("just-now");
  });

  it("writes instants with an offset the check-in schema accepts", () => {
    expect(toInstant(new Date(2026, 10, 24, 8, 0))).toMatch(/^2026-11-24T08:00:00([+-]\d{2}:\d{2}|Z)$/);
  });

  it("reads a datetime-local value as local time and refuses garbage", () => {
    const d = new Date(2026, 10, 24, 8, 30);
    expect(fromLocalInput(toLocalInput(d))).toEqual(d);
    expect(fromLocalInput("")).toBeUndefined();
    expect(fromLocalInput("yesterday")).toBeUndefined();
  });
});
