import type { ItemKind } from "../../../src/core/plan/schema";

/** Short plain names for plan item kinds. */
export const KIND_LABELS: Record<ItemKind, string> = {
  cold: "Cold pack",
  heat_or_cold: "Heat or cold",
  stretch: "Stretch",
  strengthen: "Strengthen",
  walk: "Walk",
  rest_from_training: "Rest from training",
  training: "Training",
  posture: "Posture",
  sleep: "Sleep",
  pain_relief: "Pain relief",
  action: "Action",
};

export const isThermal = (k: ItemKind): boolean => k === "cold" || k === "heat_or_cold";
