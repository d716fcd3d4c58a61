/** Weights are stored in kg; the user's setting only changes how they are shown and typed. */
export type Units = "kg" | "lb";

export const KG_PER_LB = 0.45359237;

/**
 * A stored weight in the user's unit, rounded for display: kg to 0.1, lb to 0.1 (so 135 lb
 * typed comes back as 135, not 134.99).
 *
 * @example toDisplay(61.23496995, "lb") === 135
 */
export function toDisplay(kg: number, units: Units): number {
  const value = units === "lb" ? kg / KG_PER_LB : kg;
  return Math.round(value * 10) / 10;
}

/** A typed weight in the user's unit → kg. */
export const toKg = (value: number, units: Units): number => (units === "lb" ? value * KG_PER_LB : value);
