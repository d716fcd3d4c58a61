import type { CheckInInput } from "../../../src/core/checkin/schema";
import { load, remove, save } from "../storage";

/** The last quick check, kept on this device so the result survives a reload and can be saved to an account. */
const KEY = "quickcheck";

export const saveQuickCheck = (checkIn: CheckInInput): void => save(KEY, checkIn);
export const loadQuickCheck = (): CheckInInput | undefined => load<CheckInInput>(KEY);
export const clearQuickCheck = (): void => remove(KEY);
