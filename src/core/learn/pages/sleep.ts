import { DISCLAIMER, type LearnPage } from "../schema";

/** Care-rules P-SLEEP: the seed's side sleeping with knees bent, plus a pillow between the knees. */
export const sleep: LearnPage = {
  id: "sleep",
  kind: "advice",
  title: "Sleeping with back or neck pain",
  summary: "Sleep on your side with your knees bent and a pillow between them.",
  sections: [
    {
      heading: "On your side",
      paragraphs: [
        "Lie on your side with your knees bent a little towards your chest.",
        "Put a pillow between your knees. It stops your top leg pulling your lower back out of line.",
      ],
    },
    {
      heading: "On your back",
      paragraphs: ["If you prefer your back, put a pillow under your knees to take strain off your lower back."],
    },
    {
      heading: "Pillow and mattress",
      paragraphs: [
        "Use a pillow that keeps your neck in line with your back, not too high and not too flat.",
        "Your mattress should be firm enough to hold you straight.",
      ],
    },
    {
      heading: "Getting up",
      paragraphs: ["Roll onto your side, let your legs drop over the edge of the bed, and push yourself up with your arms."],
    },
  ],
  sources: ["seed", "nhs-back-pain", "nhs-posture"],
  disclaimer: DISCLAIMER,
};
