import { afterAll, beforeAll, expect, it } from "vitest";
import { describeBrowser, expectNoErrors, openTab, startE2E, type E2E } from "./harness";
import { doQuickCheck, type QuickAnswers } from "./quickcheck";

const mild: QuickAnswers = {
  regions: ["Lower back (back view)"],
  painNow: 3,
  painWorst: 4,
  onset: "About 2 hours ago",
  sharp: false,
  spread: "It stays where it is",
};

describeBrowser("quick check without an account", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  const level = async (answers: QuickAnswers) => {
    const tab = await openTab(e2e);
    await doQuickCheck(tab.page, answers);
    await tab.page.waitForURL("**/result");
    const banner = tab.page.locator("[data-level]");
    await banner.waitFor();
    return { tab, banner, level: await banner.getAttribute("data-level"), text: (await banner.textContent()) ?? "" };
  };

  it("self-care: level in words, today's plan, why, red flags and the disclaimer", async () => {
    const { tab, level: l, text } = await level(mild);
    const { page } = tab;
    expect(l).toBe("self_care");
    expect(text).toContain("Self-care");
    await page.getByText("Why this result?").click();
    await expect.poll(() => page.locator(".reasons").textContent()).toContain("S-OK");
    expect(await page.getByRole("heading", { name: "Today" }).count()).toBe(1);
    expect(await page.locator(".items .item").count()).toBeGreaterThan(2);
    expect(await page.locator(".items").textContent()).toContain("Cold pack");
    expect(await page.getByRole("heading", { name: "Watch for these signs" }).count()).toBe(1);
    expect(await page.locator(".disclaimer").textContent()).toContain("not a diagnosis");
    expect(await page.getByRole("link", { name: "Save to a new account" }).count()).toBe(1);
    expectNoErrors(tab);
    await tab.context.close();
  });

  it("see a doctor: sharp pain (D-SHARP)", async () => {
    const { tab, level: l, text } = await level({ ...mild, sharp: true });
    expect(l).toBe("see_doctor");
    expect(text).toContain("See a doctor");
    await tab.page.getByText("Why this result?").click();
    expect(await tab.page.locator(".reasons").textContent()).toContain("D-SHARP");
    expectNoErrors(tab);
    await tab.context.close();
  });

  it("urgent: fever (U-INFECT) gives the action and no plan", async () => {
    const { tab, level: l, text } = await level({ ...mild, yes: ["fever"] });
    expect(l).toBe("urgent");
    expect(text).toContain("Urgent");
    expect(await tab.page.locator(".items").count()).toBe(0);
    await tab.page.getByText("Why this result?").click();
    expect(await tab.page.locator(".reasons").textContent()).toContain("U-INFECT");
    expectNoErrors(tab);
    await tab.context.close();
  });

  it("emergency: a yes to saddle numbness ends the questions at once and shows only the action", async () => {
    const { tab, level: l, text } = await level({ ...mild, yes: ["saddleNumbness"] });
    const { page } = tab;
    expect(l).toBe("emergency");
    expect(text).toContain("Emergency");
    expect(await page.locator("h1").textContent()).toBe("Get help now");
    expect(await page.getByRole("link", { name: "Call emergency services" }).count()).toBe(1);
    expect(await page.locator(".items").count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Watch for these signs" }).count()).toBe(0);
    await page.getByText("Why?").click();
    expect(await page.locator(".reasons").textContent()).toContain("E-CES");
    expectNoErrors(tab);
    await tab.context.close();
  });

  it("asks every red flag before a self-care plan", async () => {
    const tab = await openTab(e2e);
    await doQuickCheck(tab.page, mild);
    await tab.page.waitForURL("**/result");
    const stored = await tab.page.evaluate(() => JSON.parse(localStorage.getItem("backcoach.quickcheck") ?? "{}") as { flags: Record<string, boolean> });
    expect(Object.keys(stored.flags)).toHaveLength(20);
    expectNoErrors(tab);
    await tab.context.close();
  });
  it("works by keyboard: the body map's regions are checkboxes reached with Tab", async () => {
    const tab = await openTab(e2e);
    const { page } = tab;
    await page.goto("/check");
    await page.getByRole("heading", { name: "Where does it hurt?" }).waitFor();
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");
    for (let i = 0; i < 8 && (await focusedName()) !== "Lower back (back view)"; i++) await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("Lower back (back view)");
    await page.keyboard.press("Space");
    expect(await page.getByRole("checkbox", { name: "Lower back (back view)" }).getAttribute("aria-checked")).toBe("true");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("checkbox", { name: "Mid back (back view)" }).getAttribute("aria-checked")).toBe("true");
    expect(await page.getByText("Chosen: mid back, lower back.").count()).toBe(1);
    const box = await page.getByRole("checkbox", { name: "Neck (back view)" }).boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
    expectNoErrors(tab);
    await tab.context.close();
  });
});
