import type { Units } from "./units";
import { toDisplay } from "./units";

/** A load figure as shown: whole units. */
export const loadText = (n: number): string => String(Math.round(n));

/** A weight in the user's unit, or "bodyweight". */
export const weightText = (kg: number | null, units: Units): string => (kg === null ? "bodyweight" : `${toDisplay(kg, units)} ${units}`);

/** "+19%" / "−5%" */
export const changeText = (change: number): string => `${change >= 0 ? "+" : "−"}${Math.abs(Math.round(change * 100))}%`;
