import type { Level } from "./schema";

/** What to do now, one plain sentence or two per level. */
export const ADVICE: Record<Level, string> = {
  emergency:
    "Call your local emergency number (999 in the UK, 112 in Europe, 911 in North America) or go to an emergency department now. Do not drive yourself, and stop training.",
  urgent:
    "See a doctor today (within 24 hours): call your doctor's practice, or an urgent care or out-of-hours service (NHS 111 in England). Stop training until then.",
  see_doctor:
    "Stop working out and book an appointment with a doctor. Until then, use the comfort measures, short walks and gentle stretches in your plan.",
  self_care:
    "This looks suitable for self-care: follow your recovery plan, keep gently active, and check in again if anything changes. This is a self-care aid, not a diagnosis.",
};
