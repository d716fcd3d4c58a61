import type { Exercise } from "../schema";
import { standingBackExtensionSvg } from "../illustrations/standing-back-extension";

/** The seed's backward stretch (care-rules P-STRETCH, lower and mid back). */
export const standingBackExtension: Exercise = {
  id: "standing-back-extension",
  name: "Standing back extension",
  kind: "stretch",
  summary: "A gentle backward bend that eases a stiff lower back.",
  steps: [
    { text: "Stand up tall with your feet about hip-width apart." },
    { text: "Put both hands on your lower back." },
    { text: "Keep your knees straight." },
    { text: "Slowly bend backwards from your waist, only as far as feels comfortable." },
    { text: "Come back up to standing." },
  ],
  cues: [
    "Let your hands support your lower back.",
    "Look straight ahead, not up at the ceiling.",
    "Move slowly and breathe out as you lean back.",
  ],
  dosage: { reps: 5, sets: 1, sides: "none", timesPerDay: 3 },
  regions: ["lower_back", "mid_back"],
  stages: ["acute", "subacute", "return"],
  gentle: false,
  avoid: [
    "Do not stretch too far back; stop at any pain.",
    "Do not bounce or jerk into the bend.",
    "Do not do it if it sends pain down a leg.",
  ],
  stopCue: "Stop if it hurts.",
  sources: ["seed"],
  illustration: standingBackExtensionSvg,
};
