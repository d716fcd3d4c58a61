import { DISCLAIMER, type LearnPage } from "../schema";

export const muscleStrain: LearnPage = {
  id: "muscle-strain",
  kind: "cause",
  title: "Muscle strain",
  summary: "An overstretched or overworked back muscle: the most common reason for back pain after a workout.",
  sections: [
    {
      heading: "What it is",
      paragraphs: [
        "A strain is a muscle that has been stretched too far or worked too hard. Sometimes a few of its fibres tear a little.",
        "After training it often comes from lifting too heavy, trying a new exercise, or letting your form slip when you are tired.",
      ],
    },
    {
      heading: "How it feels",
      paragraphs: [
        "An ache or a tight, sore feeling in the muscles of your back. It often hurts more when you bend, twist or get up.",
        "The muscle may suddenly tighten, which is called a spasm. The pain usually stays in your back and does not spread below the knee.",
      ],
    },
    {
      heading: "What helps",
      paragraphs: [
        "Keep moving gently. Short walks and easy stretches help more than lying in bed.",
        "Use only cold for the first two days. After that, use heat or cold, whichever feels better, for up to 20 minutes at a time.",
        "Most strains get much better within a few weeks. Go back to training slowly.",
      ],
    },
    {
      heading: "When to see a doctor",
      paragraphs: [
        "Stop training and see a doctor if the pain is sharp, does not get better after two weeks, or gets worse. Read the page on when to get help for signs that need help fast.",
      ],
    },
  ],
  sources: ["nhs-sprains-strains", "nhs-back-pain", "ninds-back-pain", "seed"],
  disclaimer: DISCLAIMER,
};
