/**
 * Saves phone-size (390×844) screenshots of the main screens into docs/screenshots/, from the
 * built app on a real server with a fresh database, driven by the system Chromium.
 * Run: npm run screenshots
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { openTab, startE2E } from "../test/e2e/harness";
import { doQuickCheck, type QuickAnswers } from "../test/e2e/quickcheck";

const OUT = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "docs/screenshots");
const DAY = 86_400_000;

const mild: QuickAnswers = {
  regions: ["Lower back (back view)"],
  painNow: 4,
  painWorst: 6,
  onset: "About a week ago",
  sharp: false,
  spread: "It stays where it is",
};

async function shot(page: Page, name: string): Promise<void> {
  await page.locator("h1").first().waitFor();
  await page.locator(".loading").waitFor({ state: "detached" });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

const e2e = await startE2E();
try {
  mkdirSync(OUT, { recursive: true });
  const { page, context } = await openTab(e2e);
  await page.emulateMedia({ reducedMotion: "reduce" });

  await page.goto("/");
  await shot(page, "01-home");

  await page.goto("/check");
  await page.getByRole("checkbox", { name: "Lower back (back view)" }).click();
  await shot(page, "02-check-where");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("radio", { name: "4 – Moderate" }).check();
  await shot(page, "03-check-pain");
  for (let i = 0; i < 6; i++) {
    const title = await page.locator("h1").textContent();
    if (title === "Bladder, bowel and saddle area") break;
    if (title === "How bad was it at its worst?") await page.getByRole("radio", { name: "6 – Distressing" }).check();
    if (title === "When did it start?") await page.getByRole("radio", { name: "2 days ago" }).check();
    if (title === "Since it started, is it getting better?") await page.getByRole("radio", { name: "About the same" }).check();
    if (title === "Is the pain sharp or stabbing?") await page.getByRole("radio", { name: "No" }).check();
    if (title === "Does the pain spread anywhere?") await page.getByRole("radio", { name: "It stays where it is" }).check();
    if (title === "When did it start?") await shot(page, "04-check-onset");
    await page.getByRole("button", { name: "Next" }).click();
  }
  const groups = page.getByRole("group");
  await groups.first().getByRole("radio", { name: "No" }).check();
  await shot(page, "05-check-red-flags");

  await doQuickCheck(page, { ...mild, yes: ["saddleNumbness"] });
  await page.waitForURL("**/result");
  await shot(page, "06-result-emergency");

  await doQuickCheck(page, { ...mild, sharp: true });
  await page.waitForURL("**/result");
  await shot(page, "07-result-see-doctor");

  await doQuickCheck(page, { ...mild, onset: "About 2 hours ago" });
  await page.waitForURL("**/result");
  await shot(page, "08-result-self-care");

  await page.getByRole("link", { name: /Start a \d+-minute session/ }).first().click();
  await page.getByRole("button", { name: "Start heat" }).click();
  await shot(page, "09-timer-heat-refused");
  await page.getByRole("button", { name: "Start cold" }).click();
  await page.waitForTimeout(1200);
  await shot(page, "10-timer-cold");
  await page.getByRole("button", { name: "Stop session" }).click();

  await doQuickCheck(page, mild);
  await page.waitForURL("**/result");
  await page.getByRole("link", { name: "Save to a new account" }).click();
  await page.getByLabel("Email").fill("sam@example.com");
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/today");
  await page.locator(".items").first().waitFor();
  await page.locator(".item input[type=checkbox]").first().check();
  await shot(page, "11-today");

  await page.goto("/exercise/bird-dog");
  await shot(page, "12-player-intro");
  await page.getByRole("button", { name: /^Start/ }).click();
  await page.waitForTimeout(1500);
  await shot(page, "13-player-running");

  // A week of ratings, falling from 7 to 3, for the diary chart.
  const episodes = (await (await page.request.get("/api/v1/episodes")).json()) as { id: string }[];
  const episodeId = episodes[0]?.id;
  const now = Date.now();
  for (let d = 6; d >= 0; d--)
    await page.request.post("/api/v1/diary", {
      data: { at: new Date(now - d * DAY - 3_600_000).toISOString(), painNow: Math.max(2, 7 - Math.round((6 - d) * 0.7)), regions: ["lower_back"], episodeId },
    });
  await page.goto("/diary");
  await page.locator(".chart canvas").waitFor();
  await shot(page, "14-diary");
  await page.getByRole("heading", { name: "Your pain over time" }).evaluate((h) => h.scrollIntoView());
  await shot(page, "15-diary-chart");

  await page.goto("/learn");
  await shot(page, "16-learn");
  await page.goto("/learn/muscle-strain");
  await shot(page, "17-learn-page");

  await page.goto("/settings");
  await shot(page, "18-settings");

  // The same app on a desktop screen.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/today");
  await page.getByRole("heading", { name: /Today's plan/ }).waitFor();
  await shot(page, "19-desktop-today");
  await context.close();
} finally {
  await e2e.stop();
}
