import type { Exercise } from "../schema";
import { kneeToChestSvg } from "../illustrations/knee-to-chest";

/** The seed's forward stretch; one of the gentle three that stay in a see-a-doctor plan. */
export const kneeToChest: Exercise = {
  id: "knee-to-chest",
  name: "Knee to chest",
  kind: "stretch",
  summary: "Lying down, you hug your knees in to stretch your lower back.",
  steps: [
    { text: "Lie on your back on the floor or a firm bed." },
    { text: "Bend your knees and put your feet flat on the floor." },
    { text: "Bring one knee up towards your chest." },
    { text: "Bring the other knee up to join it." },
    { text: "Hug both knees gently into your chest and feel the stretch in your lower back.", holdSeconds: 20 },
    { text: "Lower one foot to the floor, then the other." },
  ],
  cues: [
    "Keep your head and shoulders resting on the floor.",
    "Hold behind your thighs if holding your knees is uncomfortable.",
    "Breathe slowly while you hold.",
  ],
  dosage: { holdSeconds: 20, reps: 3, sets: 1, sides: "none", timesPerDay: 3 },
  regions: ["lower_back", "mid_back"],
  stages: ["acute", "subacute", "return"],
  gentle: true,
  avoid: ["Do not pull hard on your knees.", "Do not rock or bounce.", "Do not lift your head to meet your knees."],
  stopCue: "Stop if it hurts.",
  sources: ["seed", "nhs-back-pain"],
  illustration: kneeToChestSvg,
};
