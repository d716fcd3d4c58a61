import { describe, expect, it } from "vitest";
import { kgPer, metresPer, readNumber, readNumbers } from "./numbers";

describe("readNumber", () => {
  it.each([
    ["10.0", 10],
    ["40", 40],
    [" 102.5 ", 102.5],
    ["40,5", 40.5],
    ["0", 0],
  ])("reads %j as %d", (cell, n) => {
    expect(readNumber(cell)).toBe(n);
  });

  it("reads an empty cell as null: a bodyweight set, not 0 kg", () => {
    expect(readNumber("")).toBeNull();
    expect(readNumber("  ")).toBeNull();
  });

  it.each(["abc", "-5", "1,000,000", "Infinity", "5 kg"])("refuses %j", (cell) => {
    expect(readNumber(cell)).toBeUndefined();
  });
});

describe("units", () => {
  it("converts weights and distances", () => {
    expect(kgPer("kg")).toBe(1);
    expect(kgPer("lbs")).toBe(0.45359237);
    expect(kgPer("stone")).toBeUndefined();
    expect(metresPer("meters")).toBe(1);
    expect(metresPer("km")).toBe(1000);
    expect(metresPer("miles")).toBe(1609.344);
    expect(metresPer("parsec")).toBeUndefined();
  });
});

describe("readNumbers", () => {
  it("reads the named cells, absent columns as empty", () => {
    expect(readNumbers(["80", "", "5"], { Weight: 0, Distance: 1, Reps: 2, RPE: -1 })).toEqual({ ok: true, values: { Weight: 80, Distance: null, Reps: 5, RPE: null } });
  });

  it("points at the first cell that is not a number", () => {
    expect(readNumbers(["80", "ten"], { Weight: 0, Reps: 1 })).toEqual({ ok: false, index: 1, text: "ten" });
  });
});
