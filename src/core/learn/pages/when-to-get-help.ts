import { redFlagsByGroup } from "../red-flags";
import { DISCLAIMER, type LearnPage } from "../schema";

/** The red-flag list of care-rules §1–2 in plain words, one section per question group. */
export const whenToGetHelp: LearnPage = {
  id: "when-to-get-help",
  kind: "help",
  title: "When to get help",
  summary: "Signs that mean your pain needs a doctor, or emergency care, rather than self-care.",
  sections: [
    {
      heading: "Why these signs matter",
      paragraphs: [
        "Most back and neck pain after exercise is a sore muscle that gets better by itself. A few signs can point to something more serious.",
        "Backcoach asks about each sign below before it shows you a plan. If any of them is true for you, stop training.",
      ],
    },
    {
      heading: "In an emergency",
      paragraphs: [
        "Call your local emergency number (999 in the UK, 112 in Europe, 911 in the US) or go to the emergency department.",
      ],
    },
    ...redFlagsByGroup().map((g) => ({
      heading: g.label,
      paragraphs: g.questions.map((q) => `${q.sign} ${q.whatToDo}`),
    })),
    {
      heading: "Stop training and see a doctor if your pain",
      paragraphs: [
        "Is sharp or stabbing.",
        "Has not got better after 2 weeks, or gets worse after the first few days.",
        "Has lasted 4 weeks or more.",
        "Is still 8 or more out of 10 after 3 days.",
        "Still spreads down an arm or a leg 2 weeks after it started.",
      ],
    },
  ],
  sources: [
    "nhs-back-pain",
    "nhs-cauda-equina",
    "nhs-sciatica",
    "nhs-neck-pain",
    "nhs-meningitis",
    "nhs-stroke",
    "nhs-aortic-dissection",
    "nice-ng59",
    "nice-ng234",
    "cks-sciatica",
    "cks-low-back-pain",
    "seed",
  ],
  disclaimer: DISCLAIMER,
};
