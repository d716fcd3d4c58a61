import { describe, expect, it } from "vitest";
import { toDisplay, toKg } from "./units";

describe("weight units", () => {
  it("round-trips what the user typed", () => {
    for (const lb of [45, 135, 137.5, 225, 405]) expect(toDisplay(toKg(lb, "lb"), "lb")).toBe(lb);
    for (const kg of [20, 102.5, 140]) expect(toDisplay(toKg(kg, "kg"), "kg")).toBe(kg);
  });
  it("converts with the exact pound", () => {
    expect(toKg(100, "lb")).toBeCloseTo(45.359237, 9);
    expect(toDisplay(100, "lb")).toBe(220.5);
  });
});
