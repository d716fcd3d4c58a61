import type { Region } from "../../../src/core/checkin/schema";

export const REGION_LABELS: Record<Region, string> = {
  neck: "Neck",
  upper_back: "Upper back",
  mid_back: "Mid back",
  lower_back: "Lower back",
};

/**
 * The regions in the core's order (REGIONS), read from the labels so the body map does not load
 * the core's zod schemas before the first question shows; regions.test.ts checks the two agree.
 */
export const REGION_ORDER = Object.keys(REGION_LABELS) as Region[];

export const regionList = (regions: readonly Region[]): string =>
  regions.map((r) => REGION_LABELS[r].toLowerCase()).join(", ");
