import { DISCLAIMER, type LearnPage } from "../schema";

export const neckStrain: LearnPage = {
  id: "neck-strain",
  kind: "cause",
  title: "Neck strain",
  summary: "A sore, stiff neck from an overstretched or overworked muscle.",
  sections: [
    {
      heading: "What it is",
      paragraphs: [
        "A neck strain is a neck muscle that has been stretched too far or worked too hard.",
        "In the gym it can come from heavy shrugs, pressing overhead, pulling on your head during sit-ups, or holding your head still for a long time.",
      ],
    },
    {
      heading: "How it feels",
      paragraphs: [
        "A sore, stiff neck that is hard to turn. The pain may spread into your shoulders or upper back, and it can cause a headache.",
      ],
    },
    {
      heading: "What helps",
      paragraphs: [
        "Keep your neck moving gently. A neck collar is not needed and can make it stiffer.",
        "Use only cold for the first two days, then heat or cold, whichever feels better. Chin tucks and shoulder blade squeezes can ease it.",
        "Use a pillow that keeps your neck in line with your back. Most neck pain gets better within a few weeks.",
      ],
    },
    {
      heading: "When to see a doctor",
      paragraphs: [
        "See a doctor if it does not get better after a few weeks, or if you have numbness, tingling or weakness in an arm or hand.",
        "Call emergency services for neck pain with a fever, or with sudden dizziness, double vision, slurred speech or trouble swallowing.",
      ],
    },
  ],
  sources: ["nhs-neck-pain", "cks-neck-pain", "nhs-meningitis", "nhs-stroke"],
  disclaimer: DISCLAIMER,
};
