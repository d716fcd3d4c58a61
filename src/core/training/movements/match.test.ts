import { describe, expect, it } from "vitest";
import { exerciseKey, exerciseKeyer, matchMovement, nameKey } from "./match";

describe("matchMovement", () => {
  it.each([
    ["Deadlift (Barbell)", "barbell-deadlift"],
    ["Squat (Barbell)", "back-squat"],
    ["Bench Press (Barbell)", "bench-press"],
    ["Pull Up", "pull-up"],
    ["Shoulder Press (Machine)", "machine-shoulder-press"],
    ["Leg Press", "leg-press"],
    ["Leg Press Horizontal (Machine)", "leg-press"],
    ["Bent Over Row (Barbell)", "bent-over-row"],
    ["Hip Thrust (Barbell)", "hip-thrust"],
    ["Seated Cable Row - V Grip (Cable)", "seated-cable-row"],
    ["Back Extension (Weighted Hyperextension)", "back-extension"],
    ["Treadmill", "treadmill"],
  ])("maps the exported name %s to %s", (name, id) => {
    expect(matchMovement(name)).toBe(id);
  });

  it("ignores case, punctuation, word order, accents and plurals", () => {
    expect(matchMovement("barbell deadlift")).toBe("barbell-deadlift");
    expect(matchMovement("  DEADLIFT  (barbell) ")).toBe("barbell-deadlift");
    expect(matchMovement("Pull-Ups")).toBe("pull-up");
    expect(matchMovement("pullup")).toBe("pull-up");
    expect(matchMovement("Tricep Pushdown")).toBe("triceps-pushdown");
    expect(matchMovement("Chést Dip")).toBe("dip");
  });

  it("keeps equipment apart: a cable curl is not a dumbbell curl", () => {
    expect(matchMovement("Bicep Curl (Cable)")).toBe("cable-curl");
    expect(matchMovement("Bicep Curl (Dumbbell)")).toBe("dumbbell-curl");
  });

  it("leaves unknown names to the user (null, never a guess)", () => {
    expect(matchMovement("Zercher Carry (Sandbag)")).toBeNull();
    expect(matchMovement("")).toBeNull();
  });
});

describe("exerciseKey", () => {
  it("is the catalogue id when there is one, else the user's name key", () => {
    expect(exerciseKey("pull-up", "Pull Up")).toBe("pull-up");
    expect(exerciseKey(null, "Zercher Carry")).toBe(`user:${nameKey("zercher carry")}`);
    expect(exerciseKey(null, "Zercher Carry")).toBe(exerciseKey(null, "zercher  CARRY"));
  });
});

describe("exerciseKeyer", () => {
  it("gives the same keys as exerciseKey", () => {
    const key = exerciseKeyer();
    expect(key({ exerciseId: "pull-up", exercise: "Pull Up" })).toBe("pull-up");
    expect(key({ exerciseId: null, exercise: "Zercher Carry" })).toBe(exerciseKey(null, "Zercher Carry"));
    expect(key({ exerciseId: null, exercise: "Zercher Carry" })).toBe(exerciseKey(null, "Zercher Carry"));
  });
});
