import { DISCLAIMER, type LearnPage } from "../schema";

export const spinalStenosis: LearnPage = {
  id: "spinal-stenosis",
  kind: "cause",
  title: "Spinal stenosis",
  summary: "The space for the nerves inside the spine has become narrow, which can squeeze them.",
  sections: [
    {
      heading: "What it is",
      paragraphs: [
        "Your spine has a tunnel running through it that holds the spinal cord and nerves.",
        "Spinal stenosis means this tunnel has become narrower, usually from wear and tear with age. It can then squeeze the nerves. It is most common after the age of 50.",
      ],
    },
    {
      heading: "How it feels",
      paragraphs: [
        "Pain, tingling, numbness or weakness in your legs, often when you walk or stand for a while. It usually eases when you sit down or bend forward.",
        "When the narrowing is in the neck, the same feelings can come in the arms and hands.",
      ],
    },
    {
      heading: "What helps",
      paragraphs: [
        "Keep active. Walk in short spells with rests, and do the exercises a physiotherapist gives you.",
        "Leaning forward, for example on a shopping trolley, often eases the legs.",
      ],
    },
    {
      heading: "When to see a doctor",
      paragraphs: [
        "See a doctor if your legs hurt or tingle when you walk, or your hands feel clumsy.",
        "Get emergency help for new trouble walking, weakness that keeps getting worse, or new trouble peeing or pooing.",
      ],
    },
  ],
  sources: ["nhs-spinal-stenosis", "ninds-back-pain", "seed"],
  disclaimer: DISCLAIMER,
};
