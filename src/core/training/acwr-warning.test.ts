import { describe, expect, it } from "vitest";
import { acwr } from "./acwr";
import { acwrWarning, acwrZone } from "./acwr-warning";
import { LoadGuardSettingsSchema } from "./settings";

describe("acwrZone", () => {
  it.each([
    [null, "none"],
    [0.79, "low"],
    [0.8, "band"],
    [1.3, "band"], // "above 1.3" is caution, 1.3 itself is not
    [1.31, "caution"],
    [1.49, "caution"],
    [1.5, "spike"], // "1.5 or more"
    [3.625, "spike"],
  ] as const)("puts %s in %s", (ratio, zone) => {
    expect(acwrZone(ratio)).toBe(zone);
  });

  it("follows the user's thresholds", () => {
    const s = LoadGuardSettingsSchema.parse({ acwrCaution: 1.2, acwrSpike: 1.4 });
    expect(acwrZone(1.25, s)).toBe("caution");
    expect(acwrZone(1.4, s)).toBe("spike");
  });
});

describe("acwrWarning while history builds", () => {
  it("does not warn on the first day's artefact ratio (3.625 by EWMA, 4 rolling)", () => {
    const [d] = acwr([300]);
    expect(acwrWarning(d!.acwrEwma, 1)).toEqual({ zone: "spike", warn: null, buildingHistory: true });
    expect(acwrWarning(d!.acwrRolling, 1)).toEqual({ zone: "spike", warn: null, buildingHistory: true });
  });

  it("stays quiet through day 27 of a steady start, and warns from day 28", () => {
    // 100 a day: on day 27 (index 26) the rolling ratio is 700 / (2700/4) = 700/675 ≈ 1.037
    const days = acwr(new Array(40).fill(100));
    expect(acwrWarning(days[26]!.acwrEwma, 27).warn).toBeNull();
    expect(days[26]!.acwrRolling).toBeCloseTo(700 / 675, 12);
    // EWMA on index 26 (27 days of 100 from 0): acute = 100(1 − 0.75^27) ≈ 99.958,
    // chronic = 100(1 − (27/29)^27) ≈ 100(1 − 0.14524) ≈ 85.476 → ratio ≈ 1.1694: band
    expect(days[26]!.acwrEwma).toBeCloseTo(1.1694, 4);
    expect(acwrWarning(days[26]!.acwrEwma, 27)).toEqual({ zone: "band", warn: null, buildingHistory: true });
    expect(acwrWarning(days[27]!.acwrRolling, 28)).toEqual({ zone: "band", warn: null, buildingHistory: false });
  });

  it("warns on a spike once 28 days of history exist", () => {
    // 28 days of 100, then 250: acute7 = 600 + 250 = 850; chronic28 = (2700 + 250) / 4 = 737.5 → 1.1525: band
    // A week of 250: acute7 = 1750; chronic28 = (21 × 100 + 7 × 250) / 4 = 3850 / 4 = 962.5 → ≈ 1.818: spike
    const days = acwr([...new Array(28).fill(100), ...new Array(7).fill(250)]);
    expect(days[28]!.acwrRolling).toBeCloseTo(850 / 737.5, 12);
    expect(acwrWarning(days[28]!.acwrRolling, 29).warn).toBeNull();
    expect(days[34]!.acwrRolling).toBeCloseTo(1750 / 962.5, 12);
    expect(acwrWarning(days[34]!.acwrRolling, 35)).toEqual({ zone: "spike", warn: "spike", buildingHistory: false });
  });

  it("warns caution above 1.3 and below 1.5", () => {
    expect(acwrWarning(1.4, 60)).toEqual({ zone: "caution", warn: "caution", buildingHistory: false });
    expect(acwrWarning(0.5, 60)).toEqual({ zone: "low", warn: null, buildingHistory: false });
    expect(acwrWarning(null, 60)).toEqual({ zone: "none", warn: null, buildingHistory: false });
  });
});
