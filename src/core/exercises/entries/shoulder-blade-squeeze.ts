import type { Exercise } from "../schema";
import { shoulderBladeSqueezeSvg } from "../illustrations/shoulder-blade-squeeze";

/** Neck and upper back stretch (P-STRETCH) that opens a hunched chest. */
export const shoulderBladeSqueeze: Exercise = {
  id: "shoulder-blade-squeeze",
  name: "Shoulder blade squeeze",
  kind: "stretch",
  summary: "Drawing your shoulder blades together opens your chest and eases the upper back.",
  steps: [
    { text: "Sit or stand up tall with your arms by your sides." },
    { text: "Bend your elbows a little." },
    { text: "Squeeze your shoulder blades together and slightly down.", holdSeconds: 5 },
    { text: "Let them relax." },
  ],
  cues: [
    "Keep your shoulders away from your ears.",
    "Keep your chin level.",
    "Breathe normally while you squeeze.",
  ],
  dosage: { holdSeconds: 5, reps: 5, sets: 1, sides: "none", timesPerDay: 3 },
  regions: ["neck", "upper_back", "mid_back"],
  stages: ["acute", "subacute", "return"],
  gentle: false,
  avoid: ["Do not shrug your shoulders up.", "Do not arch your lower back to squeeze harder."],
  stopCue: "Stop if it hurts.",
  sources: ["nhs-posture", "nhs-neck-pain"],
  illustration: shoulderBladeSqueezeSvg,
};
