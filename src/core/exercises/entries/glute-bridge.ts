import type { Exercise } from "../schema";
import { gluteBridgeSvg } from "../illustrations/glute-bridge";

/** A later-stage strengthening exercise (P-STRENGTH) for the buttocks and lower back. */
export const gluteBridge: Exercise = {
  id: "glute-bridge",
  name: "Glute bridge",
  kind: "strengthen",
  summary: "Lifting your hips from the floor strengthens your buttocks, which support your lower back.",
  steps: [
    { text: "Lie on your back with your knees bent and feet flat, hip-width apart." },
    { text: "Rest your arms on the floor by your sides." },
    { text: "Tighten your tummy and squeeze your buttocks." },
    { text: "Lift your hips until your shoulders, hips and knees are in a line.", holdSeconds: 5 },
    { text: "Lower your hips slowly to the floor." },
  ],
  cues: [
    "Push through your heels.",
    "Let your buttocks do the work, not your lower back.",
    "Keep your knees in line with your feet.",
  ],
  dosage: { holdSeconds: 5, reps: 8, sets: 2, sides: "none", timesPerDay: 1 },
  regions: ["lower_back"],
  stages: ["return"],
  gentle: false,
  avoid: ["Do not arch your back at the top.", "Do not let your knees fall in or out."],
  stopCue: "Stop if it hurts.",
  sources: ["nice-ng59"],
  illustration: gluteBridgeSvg,
};
