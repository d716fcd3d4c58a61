import type { Exercise } from "../schema";
import { birdDogSvg } from "../illustrations/bird-dog";

/** The seed's opposite arm and leg lift (care-rules P-STRENGTH): hold 5 s, alternate, 5 each side. */
export const birdDog: Exercise = {
  id: "bird-dog",
  name: "Bird dog",
  kind: "strengthen",
  summary: "On hands and knees, you lift the opposite arm and leg to strengthen your back and tummy.",
  steps: [
    { text: "Get on your hands and knees, hands under shoulders and knees under hips." },
    { text: "Keep your back flat and tighten your tummy muscles gently." },
    { text: "Raise your right arm and left leg until they are in line with your back.", holdSeconds: 5 },
    { text: "Lower them back to the start." },
    { text: "Raise your left arm and right leg until they are in line with your back.", holdSeconds: 5 },
    { text: "Lower them back to the start." },
  ],
  cues: [
    "Keep your back flat, like a table top.",
    "Keep your tummy muscles gently tight the whole time.",
    "Reach long rather than high.",
    "Look at the floor so your neck stays in line.",
  ],
  dosage: { holdSeconds: 5, reps: 5, sets: 1, sides: "alternate", timesPerDay: 1 },
  regions: ["lower_back", "mid_back", "upper_back"],
  stages: ["subacute", "return"],
  gentle: false,
  avoid: ["Do not let your lower back sag or arch.", "Do not twist your hips.", "Do not lift your leg higher than your hip."],
  stopCue: "Stop if it hurts.",
  sources: ["seed"],
  illustration: birdDogSvg,
};
