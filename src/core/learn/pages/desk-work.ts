import { DISCLAIMER, type LearnPage } from "../schema";

/** Care-rules P-POSTURE for desk workers: movement breaks and a lumbar support (the seed's cushion). */
export const deskWork: LearnPage = {
  id: "desk-work",
  kind: "advice",
  title: "If you work at a desk",
  summary: "Get up and move every 30 to 45 minutes, and support the curve of your lower back.",
  sections: [
    {
      heading: "Move often",
      paragraphs: [
        "Get up and move every 30 to 45 minutes. Stand, walk for a minute or two, or do a couple of gentle stretches.",
        "Set a reminder on your phone or computer so you do not forget.",
      ],
    },
    {
      heading: "Your chair",
      paragraphs: [
        "Sit right back in your chair so your lower back is supported. A lumbar support cushion or a rolled-up towel in the curve of your lower back helps.",
        "Put your feet flat on the floor or on a footrest, with your knees level with or a little below your hips.",
      ],
    },
    {
      heading: "Screen and keyboard",
      paragraphs: [
        "Have the top of your screen at about eye level and about an arm's length away.",
        "Keep the keyboard close so your elbows bend at about a right angle and your shoulders stay relaxed.",
      ],
    },
    {
      heading: "Calls",
      paragraphs: ["Use a headset or speaker instead of holding the phone between your ear and shoulder."],
    },
  ],
  sources: ["seed", "nhs-posture", "nhs-back-pain"],
  disclaimer: DISCLAIMER,
};
