import type { Level } from "../../../src/core/triage/schema";

/** The level in plain words; the colour comes from the `level-<id>` class and never stands alone. */
export const LEVEL_WORDS: Record<Level, { name: string; short: string }> = {
  emergency: { name: "Emergency", short: "Get emergency help now" },
  urgent: { name: "Urgent", short: "See a doctor today" },
  see_doctor: { name: "See a doctor", short: "Book an appointment with a doctor" },
  self_care: { name: "Self-care", short: "You can look after this yourself" },
};
