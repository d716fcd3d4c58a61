import { describe, expect, it } from "vitest";
import { SOURCE_IDS, SOURCES, SourceSchema, SourceIdSchema } from "./sources";

describe("sources", () => {
  it.each(SOURCE_IDS)("%s is valid per the schema", (id) => {
    expect(SourceSchema.safeParse(SOURCES[id]).error?.issues).toBeUndefined();
  });

  it("give every source but the seed an https address, each address once", () => {
    const urls = SOURCE_IDS.filter((id) => id !== "seed").map((id) => SOURCES[id]);
    for (const s of urls) expect("url" in s && s.url.startsWith("https://")).toBe(true);
    expect(new Set(urls.map((s) => ("url" in s ? s.url : ""))).size).toBe(urls.length);
  });

  it("reject an http address and an unknown id", () => {
    expect(SourceSchema.safeParse({ title: "x", organisation: "y", url: "http://example.org/" }).success).toBe(false);
    expect(SourceIdSchema.safeParse("some-blog").success).toBe(false);
  });
});
