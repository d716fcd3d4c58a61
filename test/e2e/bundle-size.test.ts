import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildWeb, WEB_DIST } from "../../scripts/web-build";
import { BUDGET_BYTES, webSize } from "../../scripts/web-size";

describe("web bundle", () => {
  it("loads at most 100 KB of gzipped JavaScript on the first page; the chart, the player and the care core come later", async () => {
    await buildWeb();
    const size = webSize();
    expect(size.firstLoadJsGzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    const firstLoad = size.firstLoadFiles.map((f) => readFileSync(join(WEB_DIST, f), "utf8")).join("\n");
    // uPlot's plotting area class, and the player's speech.
    expect(firstLoad).not.toContain("u-over");
    expect(firstLoad).not.toContain("SpeechSynthesisUtterance");
    // zod (the care core's schemas) and the triage: the quick check loads them after its first question shows.
    expect(firstLoad).not.toContain("ZodError");
    expect(firstLoad).not.toContain("see_doctor");
    expect(size.allJsGzipBytes).toBeGreaterThan(size.firstLoadJsGzipBytes);
  });
});
