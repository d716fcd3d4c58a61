import { z } from "zod";

/** A published source that a page or an exercise rests on. */
export const SourceSchema = z.strictObject({
  title: z.string().min(1),
  organisation: z.string().min(1),
  /** The seed article has no public address; every other source has one. */
  url: z.url({ protocol: /^https$/ }).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * Every source Backcoach cites, by a stable id, so an address is written once.
 * Example: `SOURCES["nhs-sciatica"].url` → "https://www.nhs.uk/conditions/sciatica/".
 */
export const SOURCES = {
  seed: {
    title: "Back pain after exercise (the article Backcoach started from)",
    organisation: "Backcoach seed article",
  },
  "ninds-back-pain": {
    title: "Back Pain",
    organisation: "US National Institute of Neurological Disorders and Stroke (NINDS)",
    url: "https://www.ninds.nih.gov/health-information/disorders/back-pain",
  },
  "nhs-back-pain": {
    title: "Back pain",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/back-pain/",
  },
  "nhs-sciatica": {
    title: "Sciatica",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/sciatica/",
  },
  "nhs-slipped-disc": {
    title: "Slipped disc",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/slipped-disc/",
  },
  "nhs-spinal-stenosis": {
    title: "Spinal stenosis",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/spinal-stenosis/",
  },
  "nhs-neck-pain": {
    title: "Neck pain",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/neck-pain/",
  },
  "nhs-sprains-strains": {
    title: "Sprains and strains",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/sprains-and-strains/",
  },
  "nhs-posture": {
    title: "Common posture mistakes and fixes",
    organisation: "NHS",
    url: "https://www.nhs.uk/live-well/exercise/common-posture-mistakes-and-fixes/",
  },
  "nhs-cauda-equina": {
    title: "Cauda equina syndrome",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/cauda-equina-syndrome/",
  },
  "nhs-meningitis": {
    title: "Meningitis",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/meningitis/",
  },
  "nhs-stroke": {
    title: "Stroke",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/stroke/",
  },
  "nhs-aortic-dissection": {
    title: "Aortic dissection",
    organisation: "NHS",
    url: "https://www.nhs.uk/conditions/aortic-dissection/",
  },
  "nice-ng59": {
    title: "Low back pain and sciatica in over 16s: assessment and management (NG59)",
    organisation: "National Institute for Health and Care Excellence (NICE)",
    url: "https://www.nice.org.uk/guidance/ng59",
  },
  "nice-ng234": {
    title: "Spinal metastases and metastatic spinal cord compression (NG234)",
    organisation: "National Institute for Health and Care Excellence (NICE)",
    url: "https://www.nice.org.uk/guidance/ng234",
  },
  "cks-low-back-pain": {
    title: "Back pain - low (without radiculopathy)",
    organisation: "NICE Clinical Knowledge Summaries",
    url: "https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/",
  },
  "cks-sciatica": {
    title: "Sciatica (lumbar radiculopathy)",
    organisation: "NICE Clinical Knowledge Summaries",
    url: "https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/",
  },
  "cks-neck-pain": {
    title: "Neck pain - non-specific",
    organisation: "NICE Clinical Knowledge Summaries",
    url: "https://cks.nice.org.uk/topics/neck-pain-non-specific/",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];
export const SourceIdSchema = z.enum(SOURCE_IDS);
