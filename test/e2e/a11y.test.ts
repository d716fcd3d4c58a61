import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeBrowser, expectNoErrors, openTab, startE2E, type E2E, type Tab } from "./harness";
import { seriousViolations, type Violation } from "./axe";
import { createEpisode, hoursAgo, signUp } from "./flows";
import { doQuickCheck } from "./quickcheck";

describeBrowser("accessibility: axe-core on every screen", () => {
  let e2e: E2E;
  let tab: Tab;
  const found: Record<string, Violation[]> = {};
  const scan = async (page: Page, name: string) => {
    await page.locator("h1").first().waitFor();
    await page.locator(".loading").waitFor({ state: "detached" });
    found[name] = await seriousViolations(page);
  };

  beforeAll(async () => {
    e2e = await startE2E();
    tab = await openTab(e2e, { bypassCSP: true });
  });
  afterAll(async () => {
    await tab?.context.close();
    await e2e?.stop();
  });

  it("finds a violation when there is one (the scan itself works)", async () => {
    const { page } = tab;
    await page.goto("/");
    await page.locator("h1").waitFor();
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<input id="unlabelled">'));
    expect((await seriousViolations(page)).map((v) => v.id)).toContain("label");
  });

  it("has no serious or critical violation, signed out", async () => {
    const { page } = tab;
    await page.goto("/");
    await scan(page, "home");
    await page.goto("/check");
    await page.getByRole("checkbox", { name: "Lower back (back view)" }).click();
    await scan(page, "check: where");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("radio", { name: "3 – Uncomfortable" }).check();
    await scan(page, "check: pain");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("radio", { name: "4 – Moderate" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("radio", { name: "Pick a date and time" }).check();
    await scan(page, "check: onset");
    await page.getByRole("radio", { name: "About 2 hours ago" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("radio", { name: "No" }).check();
    await scan(page, "check: sharp");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("radio", { name: "It stays where it is" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await scan(page, "check: red flags");

    const base = { regions: ["Lower back (back view)"], painNow: 3, painWorst: 4, onset: "About 2 hours ago", sharp: false, spread: "It stays where it is" };
    await doQuickCheck(page, base);
    await page.waitForURL("**/result");
    await page.getByText("Why this result?").click();
    await scan(page, "result: self-care");
    await page.getByRole("link", { name: "Start a 20-minute session" }).first().click();
    await page.getByRole("button", { name: "Start heat" }).click();
    await scan(page, "timer: heat refused");
    await page.getByRole("button", { name: "Start cold" }).click();
    await scan(page, "timer: running");
    await page.getByRole("button", { name: "Stop session" }).click();
    await doQuickCheck(page, { ...base, sharp: true });
    await page.waitForURL("**/result");
    await scan(page, "result: see a doctor");
    await doQuickCheck(page, { ...base, yes: ["fever"] });
    await page.waitForURL("**/result");
    await scan(page, "result: urgent");
    await doQuickCheck(page, { ...base, yes: ["chestPainOrBreathless"] });
    await page.waitForURL("**/result");
    await scan(page, "result: emergency");

    await page.goto("/exercise/bird-dog");
    await scan(page, "player: intro");
    await page.getByRole("button", { name: /^Start/ }).click();
    await scan(page, "player: running");
    await page.getByRole("button", { name: "It hurts" }).click();
    await scan(page, "player: it hurts");
    for (const path of ["/learn", "/learn/sciatica", "/signin", "/signup", "/today", "/diary", "/no-such-page"]) {
      await page.goto(path);
      await scan(page, path);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    expectNoErrors(tab);
  });

  it("has no serious or critical violation, signed in", async () => {
    const { page } = tab;
    await signUp(page);
    const episodeId = await createEpisode(page, { onsetAt: hoursAgo(30), painNow: 4 });
    await page.request.post("/api/v1/diary", { data: { at: hoursAgo(20), painNow: 5, regions: ["lower_back"], episodeId } });
    for (const path of ["/", "/today", "/diary", "/settings"]) {
      await page.goto(path);
      await scan(page, `signed in ${path}`);
    }
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Saved.").waitFor();
    await scan(page, "settings saved");
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
    expectNoErrors(tab);
  });
});
