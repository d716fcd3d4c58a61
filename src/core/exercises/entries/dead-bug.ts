import type { Exercise } from "../schema";
import { deadBugSvg } from "../illustrations/dead-bug";

/** A later-stage core exercise (P-STRENGTH): the back stays supported by the floor. */
export const deadBug: Exercise = {
  id: "dead-bug",
  name: "Dead bug",
  kind: "strengthen",
  summary: "Lying on your back, you lower the opposite arm and leg to train your tummy muscles.",
  steps: [
    { text: "Lie on your back with your arms pointing up to the ceiling." },
    { text: "Lift your knees so they are over your hips, knees bent at a right angle." },
    { text: "Gently press your lower back into the floor." },
    { text: "Slowly lower your right arm behind you and your left leg towards the floor.", holdSeconds: 3 },
    { text: "Bring them back to the start." },
    { text: "Repeat with your left arm and right leg.", holdSeconds: 3 },
    { text: "Bring them back to the start." },
  ],
  cues: [
    "Keep your lower back touching the floor.",
    "Breathe out as you lower.",
    "Move slowly; only go as low as you can with your back flat.",
  ],
  dosage: { holdSeconds: 3, reps: 5, sets: 2, sides: "alternate", timesPerDay: 1 },
  regions: ["lower_back", "mid_back"],
  stages: ["return"],
  gentle: false,
  avoid: ["Do not let your lower back lift off the floor.", "Do not hold your breath."],
  stopCue: "Stop if it hurts.",
  sources: ["nice-ng59"],
  illustration: deadBugSvg,
};
