import { describe, expect, it } from "vitest";
import { REGIONS } from "../../../src/core/checkin/schema";
import { REGION_ORDER, regionList } from "./regions";

describe("regions", () => {
  it("lists every region of the core, in the core's order", () => {
    expect(REGION_ORDER).toEqual([...REGIONS]);
  });

  it("names chosen regions in plain words", () => {
    expect(regionList(["neck", "lower_back"])).toBe("neck, lower back");
  });
});
