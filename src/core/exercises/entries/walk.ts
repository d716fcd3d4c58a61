import type { Exercise } from "../schema";
import { walkSvg } from "../illustrations/walk";

/** Short walks keep people gently active at every level of pain (P-REST, P-DOCTOR; NICE NG59). */
export const walk: Exercise = {
  id: "walk",
  name: "Easy walk",
  kind: "walk",
  summary: "A short, easy walk keeps your back moving, which helps it recover.",
  steps: [
    { text: "Stand up tall and let your arms swing naturally." },
    { text: "Walk at an easy pace on flat ground, slow enough to talk." },
    { text: "Start with a few minutes and add a little more each day as it gets easier." },
  ],
  cues: ["Wear comfortable shoes.", "Take short steps if a long stride hurts.", "Rest when you need to."],
  dosage: { minutes: 10, sets: 1, sides: "none", timesPerDay: 2 },
  regions: ["neck", "upper_back", "mid_back", "lower_back"],
  stages: ["acute", "subacute", "return"],
  gentle: true,
  avoid: ["Do not walk fast, uphill or on rough ground while it is sore.", "Do not carry heavy bags."],
  stopCue: "Stop if it hurts.",
  sources: ["nhs-back-pain", "nice-ng59"],
  illustration: walkSvg,
};
