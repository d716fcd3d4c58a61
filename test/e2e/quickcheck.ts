import type { Page } from "playwright-core";
import { expect } from "vitest";
import { FLAG_KEYS, type FlagKey } from "../../src/core/checkin/schema";
import { RED_FLAG_QUESTIONS } from "../../src/core/learn/red-flags";

export interface QuickAnswers {
  /** Accessible names of the body-map checkboxes, e.g. "Lower back (back view)". */
  regions: string[];
  painNow: number;
  painWorst: number;
  onset: string;
  sharp: boolean;
  spread: string;
  yes?: FlagKey[];
}

const WORDS = ["No pain", "Very mild", "Mild", "Uncomfortable", "Moderate", "Distracting", "Distressing", "Intense", "Severe", "Very severe", "Worst pain imaginable"];
const pain = (n: number) => `${n} – ${WORDS[n]}`;
const QUESTION_KEY = new Map(FLAG_KEYS.map((k) => [RED_FLAG_QUESTIONS[k].question, k]));

/**
 * Answers the quick check screen by screen, as a person would: it reads each screen's
 * heading and answers that question, until the result opens. Answers each screen through
 * its labels, so the test also checks that every control has one.
 */
export async function doQuickCheck(page: Page, a: QuickAnswers): Promise<void> {
  await page.goto("/check");
  for (let screen = 0; screen < 20; screen++) {
    const title = (await page.locator("h1").first().textContent()) ?? "";
    if (page.url().endsWith("/result")) return;
    switch (title) {
      case "Where does it hurt?":
        for (const r of a.regions) await page.getByRole("checkbox", { name: r }).click();
        break;
      case "How bad is the pain right now?":
        await page.getByRole("radio", { name: pain(a.painNow) }).check();
        break;
      case "How bad was it at its worst?":
        await page.getByRole("radio", { name: pain(a.painWorst) }).check();
        break;
      case "When did it start?":
        await page.getByRole("radio", { name: a.onset }).check();
        break;
      case "Since it started, is it getting better?":
        await page.getByRole("radio", { name: "About the same" }).check();
        break;
      case "Is the pain sharp or stabbing?":
        await page.getByRole("radio", { name: a.sharp ? "Yes" : "No" }).check();
        break;
      case "Does the pain spread anywhere?":
        await page.getByRole("radio", { name: a.spread }).check();
        break;
      default: {
        const groups = page.getByRole("group");
        const n = await groups.count();
        expect(n, `unexpected screen "${title}"`).toBeGreaterThan(0);
        for (let i = 0; i < n; i++) {
          const g = groups.nth(i);
          const question = (await g.locator("legend").textContent()) ?? "";
          const key = QUESTION_KEY.get(question);
          expect(key, `unknown question "${question}"`).toBeDefined();
          const yes = a.yes?.includes(key as FlagKey) ?? false;
          // A "yes" may end the questions at once, so click rather than check (the radio may vanish).
          await g.getByRole("radio", { name: yes ? "Yes" : "No" }).click();
          if (yes && (await page.waitForURL("**/result", { timeout: 1000 }).then(() => true, () => false))) return;
        }
      }
    }
    await page.getByRole("button", { name: /^(Next|See the result)$/ }).click();
    await page.waitForFunction((t) => document.querySelector("h1")?.textContent !== t || location.pathname === "/result", title);
  }
  throw new Error("the quick check did not end");
}
