import { describe, expect, it } from "vitest";
import { DEFAULT_LOAD_GUARD_SETTINGS, LoadGuardSettingsSchema } from "./settings";

describe("load guard settings", () => {
  it("defaults to the usual thresholds of care-rules §4", () => {
    expect(DEFAULT_LOAD_GUARD_SETTINGS).toEqual({ acwrLow: 0.8, acwrCaution: 1.3, acwrSpike: 1.5, minHistoryDays: 28 });
  });

  it("accepts a user's own thresholds", () => {
    expect(LoadGuardSettingsSchema.parse({ acwrCaution: 1.2, acwrSpike: 1.4 })).toMatchObject({ acwrCaution: 1.2, acwrSpike: 1.4 });
  });

  it("rejects thresholds out of order, naming the field", () => {
    const r = LoadGuardSettingsSchema.safeParse({ acwrSpike: 1.1 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["acwrCaution"]);
  });

  it("rejects unknown keys and non-positive numbers", () => {
    expect(LoadGuardSettingsSchema.safeParse({ acwrSpik: 1.5 }).success).toBe(false);
    expect(LoadGuardSettingsSchema.safeParse({ acwrLow: 0 }).success).toBe(false);
  });
});
