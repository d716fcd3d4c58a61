/**
 * What the quick check needs from its red-flag screens on: the questions and the triage. Both
 * bring the care core and zod, so the quick check loads this module after its first screen shows.
 */
export { FLAG_GROUPS } from "./flagGroups";
export { triageOf } from "./assess";
