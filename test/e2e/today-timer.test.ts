import { afterAll, beforeAll, expect, it } from "vitest";
import { describeBrowser, expectNoErrors, openTab, startE2E, type E2E } from "./harness";
import { createEpisode, hoursAgo, signUp } from "./flows";
import { seriousViolations } from "./axe";

/** Records notifications instead of showing them, with permission granted. */
const fakeNotifications = () => {
  const shown: string[] = [];
  (window as unknown as { __shown: string[] }).__shown = shown;
  class FakeNotification {
    static permission = "granted";
    static requestPermission = async () => "granted";
    constructor(title: string) {
      shown.push(title);
    }
  }
  (window as unknown as { Notification: unknown }).Notification = FakeNotification;
};

describeBrowser("an episode's day: Today and the cold timer", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("ticks items off (kept on reload), refuses heat in the first 48 h, and times 20 minutes from timestamps", async () => {
    const tab = await openTab(e2e);
    const { page } = tab;
    await page.clock.install({ time: new Date() });
    await page.addInitScript(fakeNotifications);
    await signUp(page);
    await createEpisode(page, { onsetAt: hoursAgo(3), painNow: 4 });
    await page.goto("/today");
    await page.getByRole("heading", { name: /Today's plan/ }).waitFor();
    expect(await page.locator("[data-level]").getAttribute("data-level")).toBe("self_care");

    const first = page.locator(".item input[type=checkbox]").first();
    await first.check();
    await page.reload();
    await page.getByRole("heading", { name: /Today's plan/ }).waitFor();
    expect(await page.locator(".item input[type=checkbox]").first().isChecked()).toBe(true);
    expect(await page.getByRole("heading", { name: /Today's plan/ }).textContent()).toContain("(1 of");
    expect(await page.getByRole("heading", { name: "The coming days" }).count()).toBe(1);

    await page.getByRole("link", { name: "Start a 20-minute session" }).first().click();
    await page.getByRole("heading", { name: "Cold session" }).waitFor();
    await page.getByRole("button", { name: "Start heat" }).click();
    const refusal = page.getByRole("alert");
    expect(await refusal.textContent()).toContain("No heat in the first 48 hours");
    expect(await refusal.textContent()).toContain("P-COLD48");

    await page.getByRole("button", { name: "Start cold" }).click();
    const remaining = page.getByTestId("remaining");
    await expect.poll(() => remaining.textContent()).toBe("20:00");

    // Ten minutes pass in one jump, as after a locked screen: the time is read from timestamps.
    await page.clock.fastForward("10:00");
    await expect.poll(() => remaining.textContent()).toMatch(/^(10:00|9:5\d)$/);

    // A reload (a killed tab) keeps the session.
    await page.reload();
    await expect.poll(() => page.getByTestId("remaining").textContent()).toMatch(/^(10:00|9:5\d)$/);

    await page.clock.fastForward("10:05");
    await page.getByRole("heading", { name: "Cold session done" }).waitFor();
    expect(await page.getByTestId("remaining").textContent()).toBe("0:00");
    expect(await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown)).toEqual(["Cold session done"]);
    expectNoErrors(tab);
    await tab.context.close();
  });

  it("offers at most 20 minutes, and heat once its time has come", async () => {
    const tab = await openTab(e2e);
    const startsAt = encodeURIComponent(hoursAgo(1));
    await tab.page.goto(`/timer?kind=heat_or_cold&max=45&rules=P-THERMAL&startsAt=${startsAt}`);
    await tab.page.getByRole("heading", { name: "Heat or cold session" }).waitFor();
    expect(await tab.page.locator("label.choice").allTextContents()).toEqual(["10 min", "15 min", "20 min"]);
    await tab.page.getByRole("button", { name: "Start heat" }).click();
    await tab.page.getByRole("heading", { name: "Heat session" }).waitFor();
    expect(await tab.page.getByTestId("remaining").textContent()).toMatch(/^(20:00|19:5\d)$/);
    expectNoErrors(tab);
    await tab.context.close();
  });
  it("asks the red-flag questions an episode lacks before showing its plan", async () => {
    const tab = await openTab(e2e, { bypassCSP: true });
    const { page } = tab;
    await signUp(page);
    const episodeId = await createEpisode(page, { onsetAt: hoursAgo(6), painNow: 3, flags: { fever: false } });
    await page.goto("/today");
    await page.getByRole("heading", { name: /^Before your plan/ }).waitFor();
    expect(await page.locator(".items").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    for (let screen = 0; screen < 10; screen++) {
      const groups = page.locator(".notice fieldset");
      for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole("radio", { name: "No" }).check();
      const button = page.getByRole("button", { name: /^(Next|Send the answers)$/ });
      const label = await button.textContent();
      await button.click();
      if (label === "Send the answers") break;
    }
    await page.getByRole("heading", { name: /Today's plan/ }).waitFor();
    const episode = (await (await page.request.get(`/api/v1/episodes/${episodeId}`)).json()) as { checkIns: unknown[]; triage: { unansweredFlags: string[] } };
    expect(episode.checkIns).toHaveLength(2);
    expect(episode.triage.unansweredFlags).toEqual([]);
    expectNoErrors(tab);
    await tab.context.close();
  });
  it("checks in again from Today: sharp pain now turns the plan to see a doctor", async () => {
    const tab = await openTab(e2e);
    const { page } = tab;
    await signUp(page);
    await createEpisode(page, { onsetAt: hoursAgo(50), painNow: 3 });
    await page.goto("/today");
    await page.getByRole("heading", { name: /Today's plan/ }).waitFor();
    expect(await page.locator("[data-level]").getAttribute("data-level")).toBe("self_care");
    await page.getByText("Something changed? Check in again").click();
    await page.getByRole("group", { name: "Pain right now" }).getByRole("radio", { name: "4 – Moderate" }).check();
    await page.getByRole("radio", { name: "Worse" }).check();
    await page.getByRole("group", { name: "Is the pain sharp or stabbing?" }).getByRole("radio", { name: "Yes" }).check();
    await page.getByRole("button", { name: "Check in" }).click();
    await expect.poll(() => page.locator("[data-level]").getAttribute("data-level")).toBe("see_doctor");
    await page.getByText("Why this result?").click();
    expect(await page.locator(".reasons").textContent()).toContain("D-SHARP");
    expect(await page.locator(".items .kind").allTextContents()).not.toContain("Strengthen");
    expectNoErrors(tab);
    await tab.context.close();
  });
});
