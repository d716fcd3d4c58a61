import { describe, expect, it } from "vitest";
import { weekOf } from "./week";

describe("PEG week", () => {
  it("starts on the local Monday", () => {
    // Sunday 23:30 in Berlin is already Monday in Tokyo.
    const at = new Date("2026-11-29T22:30:00Z");
    expect(weekOf(at, "Europe/Berlin")).toBe("2026-11-23");
    expect(weekOf(at, "Asia/Tokyo")).toBe("2026-11-30");
  });

  it("holds across a DST change", () => {
    expect(weekOf(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin")).toBe("2026-03-23");
    expect(weekOf(new Date("2026-03-30T00:30:00+02:00"), "Europe/Berlin")).toBe("2026-03-30");
  });
});
