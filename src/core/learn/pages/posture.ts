import { DISCLAIMER, type LearnPage } from "../schema";

/** Care-rules P-POSTURE; the seed's "maintain the right posture" and "proper form". */
export const posture: LearnPage = {
  id: "posture",
  kind: "advice",
  title: "Posture",
  summary: "There is no perfect posture: change position often and keep good form when you lift.",
  sections: [
    {
      heading: "Move more than you worry",
      paragraphs: [
        "No single way of sitting or standing is perfect. What matters most is changing position often.",
        "Staying still in any position for a long time can leave muscles stiff and sore.",
      ],
    },
    {
      heading: "Standing",
      paragraphs: [
        "Stand tall with your weight even on both feet. Let your shoulders relax down and back, and keep your head level, ears over your shoulders.",
      ],
    },
    {
      heading: "Lifting and training",
      paragraphs: [
        "Keep the weight close to your body. Bend at your hips and knees, keep your back steady, and do not twist while you lift.",
        "Get your form right before you add weight, and add weight slowly over weeks.",
      ],
    },
    {
      heading: "Phones and screens",
      paragraphs: ["Hold your phone up near eye level instead of bending your neck down to it, and look up often."],
    },
  ],
  sources: ["nhs-posture", "nhs-back-pain", "seed"],
  disclaimer: DISCLAIMER,
};
