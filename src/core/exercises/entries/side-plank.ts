import type { Exercise } from "../schema";
import { sidePlankSvg } from "../illustrations/side-plank";

/** A later-stage core exercise (P-STRENGTH) for the muscles along the sides of the spine. */
export const sidePlank: Exercise = {
  id: "side-plank",
  name: "Side plank",
  kind: "strengthen",
  summary: "Holding your body straight on one forearm strengthens the muscles at the sides of your trunk.",
  steps: [
    { text: "Lie on your side with your elbow under your shoulder." },
    { text: "Stack your legs, or bend your knees for an easier version." },
    { text: "Lift your hips so your body is in a straight line.", holdSeconds: 10 },
    { text: "Lower your hips to the floor." },
    { text: "Turn over and repeat on the other side.", holdSeconds: 10 },
  ],
  cues: [
    "Keep your head in line with your body.",
    "Push the floor away with your forearm.",
    "Start with bent knees until a straight-leg hold feels easy.",
  ],
  dosage: { holdSeconds: 10, reps: 3, sets: 1, sides: "both", timesPerDay: 1 },
  regions: ["lower_back", "mid_back"],
  stages: ["return"],
  gentle: false,
  avoid: ["Do not let your hips sag towards the floor.", "Do not roll forwards or backwards."],
  stopCue: "Stop if it hurts.",
  sources: ["nice-ng59"],
  illustration: sidePlankSvg,
};
