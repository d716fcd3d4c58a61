import { DISCLAIMER, type LearnPage } from "../schema";

export const discDegeneration: LearnPage = {
  id: "disc-degeneration",
  kind: "cause",
  title: "Disc degeneration",
  summary: "The discs of the spine slowly change with age; it is common and often causes no pain.",
  sections: [
    {
      heading: "What it is",
      paragraphs: [
        "As we get older, the discs between the bones of the spine slowly dry out and get thinner. Doctors call this disc degeneration.",
        "It is a normal part of getting older, a bit like grey hair. Most adults over 40 have some.",
      ],
    },
    {
      heading: "How it feels",
      paragraphs: [
        "Often it does not hurt at all. Sometimes it causes an ache or stiffness in the lower back or neck that comes and goes.",
        "It may feel worse after sitting for a long time and better when you move around.",
      ],
    },
    {
      heading: "What helps",
      paragraphs: [
        "Staying active and strong is the best help. Walk often, do back and tummy exercises, and build up training slowly.",
        "A scan report that says \"degeneration\" does not mean your back is fragile or that you must stop exercising.",
      ],
    },
    {
      heading: "When to see a doctor",
      paragraphs: [
        "See a doctor if the pain lasts 4 weeks or more, keeps getting worse, or spreads down an arm or a leg with numbness or weakness.",
      ],
    },
  ],
  sources: ["ninds-back-pain", "nice-ng59", "seed"],
  disclaimer: DISCLAIMER,
};
