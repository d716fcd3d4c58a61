import type { Region } from "../../../src/core/checkin/schema";

export const REGION_LABELS: Record<Region, string> = {
  neck: "Neck",
  upper_back: "Upper back",
  mid_back: "Mid back",
  lower_back: "Lower back",
};

export const regionList = (regions: readonly Region[]): string =>
  regions.map((r) => REGION_LABELS[r].toLowerCase()).join(", ");
