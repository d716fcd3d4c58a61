import type { Exercise } from "../schema";
import { catCamelSvg } from "../illustrations/cat-camel";

/** Gentle whole-spine movement; one of the gentle three kept in a see-a-doctor plan. */
export const catCamel: Exercise = {
  id: "cat-camel",
  name: "Cat-camel",
  kind: "stretch",
  summary: "On hands and knees, you slowly round and then relax your back to loosen it.",
  steps: [
    { text: "Get on your hands and knees, hands under shoulders and knees under hips." },
    { text: "Breathe out and slowly round your back up towards the ceiling, like a cat.", holdSeconds: 3 },
    { text: "Let your head drop gently as you round." },
    { text: "Breathe in and slowly let your back sag a little towards the floor.", holdSeconds: 3 },
    { text: "Lift your head to look ahead as your back sags." },
  ],
  cues: [
    "Move slowly, in time with your breath.",
    "Only move as far as feels easy.",
    "Keep your arms straight but not locked.",
  ],
  dosage: { reps: 8, sets: 1, sides: "none", timesPerDay: 3 },
  regions: ["lower_back", "mid_back", "upper_back"],
  stages: ["acute", "subacute", "return"],
  gentle: true,
  avoid: ["Do not force the end of the movement.", "Do not rush or swing through it."],
  stopCue: "Stop if it hurts.",
  sources: ["cks-low-back-pain", "nice-ng59"],
  illustration: catCamelSvg,
};
