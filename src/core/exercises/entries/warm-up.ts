import type { Exercise } from "../schema";
import { warmUpSvg } from "../illustrations/warm-up";

/** The seed's warm-up before every workout (T-WARMUP, P-RETURN): 5–10 minutes of timed steps. */
export const warmUp: Exercise = {
  id: "warm-up",
  name: "Warm-up",
  kind: "routine",
  summary: "A few minutes of easy movement to warm your muscles before you train.",
  steps: [
    { text: "March on the spot, swinging your arms.", durationSeconds: 90 },
    { text: "Make slow arm circles, forwards then backwards.", durationSeconds: 45 },
    { text: "Roll your shoulders up, back and down.", durationSeconds: 30 },
    { text: "With hands on your hips, make slow circles with your hips.", durationSeconds: 45 },
    { text: "On hands and knees, slowly round and relax your back (cat-camel).", durationSeconds: 60 },
    { text: "Do slow squats, only as low as feels easy.", durationSeconds: 45 },
    { text: "Do a light practice set of your first exercise.", durationSeconds: 60 },
  ],
  cues: ["Start slowly and build up.", "You should feel warm, not tired.", "Breathe steadily throughout."],
  dosage: { sets: 1, sides: "none" },
  regions: ["neck", "upper_back", "mid_back", "lower_back"],
  stages: ["return"],
  gentle: false,
  avoid: ["Do not stretch cold muscles hard.", "Do not use heavy weights in the warm-up."],
  stopCue: "Stop if it hurts.",
  sources: ["seed"],
  illustration: warmUpSvg,
};
