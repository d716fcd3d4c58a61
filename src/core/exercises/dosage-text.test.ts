import { describe, expect, it } from "vitest";
import { getExercise } from "./catalogue";
import { dosageText } from "./dosage-text";

describe("dosageText", () => {
  it("says the seed's bird dog: 5-second holds, 5 each side, alternating, once a day", () => {
    expect(dosageText(getExercise("bird-dog").dosage)).toBe("Hold 5 seconds; 5 each side, alternating. Once a day.");
  });

  it("names sets above one, sides held on both sides, and several times a day", () => {
    expect(dosageText({ reps: 8, sets: 2, sides: "none", holdSeconds: 5, timesPerDay: 3 })).toBe("Hold 5 seconds; 8 times, 2 sets. 3 times a day.");
    expect(dosageText({ reps: 3, sets: 1, sides: "both", holdSeconds: 10, timesPerDay: 1 })).toBe("Hold 10 seconds; 3 each side. Once a day.");
    expect(dosageText({ minutes: 10, sets: 1, sides: "none", timesPerDay: 2 })).toBe("10 minutes. Twice a day.");
    expect(dosageText({ sets: 1, sides: "none" })).toBe("");
  });
});
