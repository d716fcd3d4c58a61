import { DISCLAIMER, type LearnPage } from "../schema";

export const sciatica: LearnPage = {
  id: "sciatica",
  kind: "cause",
  title: "Sciatica",
  summary: "Pain that runs down the leg because a nerve in the lower back is irritated or pressed on.",
  sections: [
    {
      heading: "What it is",
      paragraphs: [
        "The sciatic nerve runs from your lower back, through your buttock and down the back of each leg.",
        "Sciatica is pain from this nerve when something irritates or presses on it. A herniated disc is the most common cause.",
      ],
    },
    {
      heading: "How it feels",
      paragraphs: [
        "Pain that spreads from your buttock down your leg, sometimes below the knee and into the foot. It can be sharp, shooting or burning.",
        "You may feel tingling, numbness or weakness in the leg. It usually affects one leg, and the leg can hurt more than the back.",
      ],
    },
    {
      heading: "What helps",
      paragraphs: [
        "Keep as active as you can. Gentle walks and easy stretches help, while long bed rest does not.",
        "Do not put heat on skin that feels numb, because it can burn without you noticing. Leave loaded training until the leg symptoms have gone.",
        "It usually gets better within 4 to 6 weeks, though it can last longer.",
      ],
    },
    {
      heading: "When to see a doctor",
      paragraphs: [
        "See a doctor if it has not got better after a few weeks, if it gets worse, or if it stops you doing everyday things.",
        "Get emergency help if both legs are affected, or if you have numbness around your bottom or genitals, or new trouble peeing or pooing.",
      ],
    },
  ],
  sources: ["nhs-sciatica", "cks-sciatica", "ninds-back-pain", "seed"],
  disclaimer: DISCLAIMER,
};
