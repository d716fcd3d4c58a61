import type { Exercise } from "../schema";
import { coolDownSvg } from "../illustrations/cool-down";

/** The seed's cool-down after every workout (T-WARMUP, P-RETURN): 5–10 minutes of timed steps. */
export const coolDown: Exercise = {
  id: "cool-down",
  name: "Cool-down",
  kind: "routine",
  summary: "A few minutes of easy movement, gentle stretches and slow breathing after you train.",
  steps: [
    { text: "Walk slowly around the room.", durationSeconds: 150 },
    { text: "Clasp your hands behind you and gently open your chest.", durationSeconds: 30 },
    { text: "Sit with one leg straight and reach gently towards your toes, then swap legs.", durationSeconds: 60 },
    { text: "Lie on your back and hug your knees to your chest (knee to chest).", durationSeconds: 60 },
    { text: "Lie still and breathe slowly: in for 4, out for 6.", durationSeconds: 90 },
  ],
  cues: ["Let your heart rate settle.", "Stretch gently, never to the point of pain.", "Relax your jaw and shoulders."],
  dosage: { sets: 1, sides: "none" },
  regions: ["neck", "upper_back", "mid_back", "lower_back"],
  stages: ["return"],
  gentle: false,
  avoid: ["Do not bounce in a stretch.", "Do not skip it after a hard session."],
  stopCue: "Stop if it hurts.",
  sources: ["seed"],
  illustration: coolDownSvg,
};
