import { describe, expect, it } from "vitest";
import { getLearnPage, LEARN_PAGES } from "./catalogue";
import { RED_FLAG_QUESTIONS } from "./red-flags";
import { DISCLAIMER, LearnPageSchema } from "./schema";
import { SOURCES, type Source } from "./sources";
import { FLAG_KEYS } from "../checkin/schema";

const ids = LEARN_PAGES.map((p) => p.id);
const allText = (id: string) =>
  getLearnPage(id)!
    .sections.flatMap((s) => [s.heading, ...s.paragraphs])
    .join(" ");

/** Sentences of a page's paragraphs, for a rough reading-age check. */
const sentencesOf = (id: string) =>
  getLearnPage(id)!
    .sections.flatMap((s) => s.paragraphs)
    .flatMap((p) => p.split(/(?<=[.?!:])\s+/))
    .filter((s) => s.trim().length > 0);

describe("Learn pages", () => {
  it("cover the causes of care-rules §5, the advice pages and when to get help, once each", () => {
    expect(ids).toEqual([
      "muscle-strain",
      "herniated-disc",
      "disc-degeneration",
      "sciatica",
      "spinal-stenosis",
      "neck-strain",
      "posture",
      "sleep",
      "desk-work",
      "when-to-get-help",
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(LEARN_PAGES.filter((p) => p.kind === "cause")).toHaveLength(6);
  });

  it.each(ids)("%s is valid per the schema and carries the disclaimer", (id) => {
    const page = getLearnPage(id);
    expect(LearnPageSchema.safeParse(page).error?.issues).toBeUndefined();
    expect(page!.disclaimer).toBe(DISCLAIMER);
  });

  it.each(ids)("%s names at least one source with a title, an organisation and an address", (id) => {
    const sources: Source[] = getLearnPage(id)!.sources.map((s) => SOURCES[s]);
    expect(sources.length).toBeGreaterThan(0);
    const withUrl = sources.filter((s) => s.url !== undefined);
    expect(withUrl.length).toBeGreaterThan(0);
    for (const s of withUrl) {
      expect(s.title).not.toBe("");
      expect(s.organisation).not.toBe("");
      expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it.each(ids)("%s uses short sentences (plain words for a reading age around 12)", (id) => {
    const lengths = sentencesOf(id).map((s) => s.split(/\s+/).length);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).toBeLessThanOrEqual(17);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(32);
  });

  it("cites NINDS for the causes the seed took from it", () => {
    for (const id of ["muscle-strain", "herniated-disc", "disc-degeneration", "sciatica", "spinal-stenosis"]) {
      expect(getLearnPage(id)!.sources).toContain("ninds-back-pain");
    }
  });

  it("gives the sleep and desk advice of P-SLEEP and P-POSTURE", () => {
    expect(allText("sleep")).toMatch(/on your side with your knees bent/);
    expect(allText("sleep")).toMatch(/pillow between your knees/);
    expect(allText("desk-work")).toMatch(/every 30 to 45 minutes/);
    expect(allText("desk-work")).toMatch(/lumbar support/);
  });

  it("lists every red-flag sign exactly once on the when-to-get-help page", () => {
    const paragraphs = getLearnPage("when-to-get-help")!.sections.flatMap((s) => s.paragraphs);
    for (const key of FLAG_KEYS) {
      const sign = RED_FLAG_QUESTIONS[key].sign;
      expect(paragraphs.filter((p) => p.startsWith(sign))).toHaveLength(1);
    }
  });

  it("answers undefined for an unknown page", () => {
    expect(getLearnPage("no-such-page")).toBeUndefined();
  });
});

describe("LearnPageSchema rejects", () => {
  const base = getLearnPage("sciatica")!;
  const paths = (input: unknown) => LearnPageSchema.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];

  it("a page without sources", () => expect(paths({ ...base, sources: [] })).toEqual(["sources"]));
  it("an unknown source", () => expect(paths({ ...base, sources: ["some-blog"] })).toEqual(["sources.0"]));
  it("a missing disclaimer", () => expect(paths({ ...base, disclaimer: "" })).toEqual(["disclaimer"]));
  it("an empty paragraph", () =>
    expect(paths({ ...base, sections: [{ heading: "x", paragraphs: [" "] }] })).toEqual(["sections.0.paragraphs.0"]));
  it("an id that is not kebab-case", () => expect(paths({ ...base, id: "Sciatica Page" })).toEqual(["id"]));
});
