import { DISCLAIMER, type LearnPage } from "../schema";

export const herniatedDisc: LearnPage = {
  id: "herniated-disc",
  kind: "cause",
  title: "Herniated disc (slipped disc)",
  summary: "The soft middle of a spinal disc bulges out and can press on a nerve.",
  sections: [
    {
      heading: "What it is",
      paragraphs: [
        "Between the bones of your spine are soft, rubbery pads called discs. They work like shock absorbers.",
        "A disc is herniated when its soft middle pushes out through its tough outer layer. People often call it a slipped disc, but nothing really slips.",
      ],
    },
    {
      heading: "How it feels",
      paragraphs: [
        "Pain in your back or neck. If the disc presses on a nerve, you may also feel pain, tingling or numbness in a buttock, leg or arm.",
        "Many people have a bulging disc on a scan and no pain at all. A scan alone does not explain pain.",
      ],
    },
    {
      heading: "What helps",
      paragraphs: [
        "Most herniated discs settle by themselves over a few weeks to a few months.",
        "Keep gently active with walks and easy stretches. Leave heavy lifting and loaded training until leg or arm symptoms have gone.",
      ],
    },
    {
      heading: "When to see a doctor",
      paragraphs: [
        "See a doctor if it has not got better after a few weeks, if it gets worse, or if it stops you doing everyday things.",
        "Get emergency help for numbness around your bottom or genitals, new trouble peeing or pooing, or symptoms in both legs.",
      ],
    },
  ],
  sources: ["nhs-slipped-disc", "ninds-back-pain", "seed"],
  disclaimer: DISCLAIMER,
};
