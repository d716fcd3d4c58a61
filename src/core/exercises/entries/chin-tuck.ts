import type { Exercise } from "../schema";
import { chinTuckSvg } from "../illustrations/chin-tuck";

/** Neck and upper back stretch (P-STRETCH); one of the gentle three. */
export const chinTuck: Exercise = {
  id: "chin-tuck",
  name: "Chin tuck",
  kind: "stretch",
  summary: "Sliding your chin straight back eases a stiff neck and stretches the base of your skull.",
  steps: [
    { text: "Sit or stand up tall with your shoulders relaxed." },
    { text: "Look straight ahead." },
    { text: "Gently slide your chin straight back, as if making a double chin.", holdSeconds: 5 },
    { text: "Relax and let your head come forward again." },
  ],
  cues: [
    "Keep your eyes level; do not nod down.",
    "Think of the back of your head moving up and back.",
    "Keep your shoulders down and loose.",
  ],
  dosage: { holdSeconds: 5, reps: 5, sets: 1, sides: "none", timesPerDay: 3 },
  regions: ["neck", "upper_back"],
  stages: ["acute", "subacute", "return"],
  gentle: true,
  avoid: ["Do not tip your head down or up.", "Do not push hard or jerk."],
  stopCue: "Stop if it hurts.",
  sources: ["nhs-neck-pain", "cks-neck-pain"],
  illustration: chinTuckSvg,
};
