import { afterAll, beforeAll, expect, it } from "vitest";
import { describeBrowser, expectNoErrors, openTab, startE2E, type E2E } from "./harness";
import { createEpisode, hoursAgo, serverDiary, signUp } from "./flows";
import { doQuickCheck } from "./quickcheck";

describeBrowser("the guided exercise player", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("bird dog: 5-second holds, sides alternating, counted reps, pause and resume", async () => {
    const tab = await openTab(e2e);
    const { page } = tab;
    await page.clock.install({ time: new Date() });
    await page.goto("/exercise/bird-dog");
    await page.getByRole("heading", { name: "Bird dog" }).waitFor();
    expect(await page.locator(".illustration svg").count()).toBe(1);
    expect(await page.getByText("5 times each side, hold 5 seconds.").count()).toBe(1);
    await page.getByRole("button", { name: /^Start/ }).click();
    const cue = page.locator(".cue");
    await expect.poll(() => cue.textContent()).toContain("Raise your right arm");
    expect(await page.getByText("Rep 1 of 5").count()).toBe(1);
    // 5 s hold, 3 s to lower: then the other side.
    await page.clock.fastForward(8_100);
    await expect.poll(() => cue.textContent()).toContain("Raise your left arm");
    await page.getByRole("button", { name: "Pause" }).click();
    await page.clock.fastForward(60_000);
    expect(await cue.textContent()).toContain("Raise your left arm");
    await page.getByRole("button", { name: "Resume" }).click();
    await page.clock.fastForward(8_100);
    await expect.poll(() => page.getByText("Rep 2 of 5").count()).toBe(1);
    expect(await cue.textContent()).toContain("Raise your right arm");
    expect(await page.getByRole("button", { name: "It hurts" }).isVisible()).toBe(true);
    expectNoErrors(tab);
    await tab.context.close();
  });

  it('"It hurts" stops the session, logs the pain with the exercise named, and re-runs triage', async () => {
    const tab = await openTab(e2e);
    const { page } = tab;
    await signUp(page);
    const episodeId = await createEpisode(page, { onsetAt: hoursAgo(80), painNow: 3 });
    await page.goto(`/exercise/knee-to-chest?episode=${episodeId}`);
    await page.getByRole("button", { name: /^Start/ }).click();
    await page.locator(".cue").waitFor();
    await page.getByRole("button", { name: "It hurts" }).click();
    await page.getByRole("heading", { name: "Stopped. How bad is the pain now?" }).waitFor();
    expect(await page.locator(".cue").count()).toBe(0);
    await page.getByRole("radio", { name: "8 – Severe" }).check();
    await page.getByRole("button", { name: "Log it and check again" }).click();
    await page.getByRole("heading", { name: "Your new result" }).waitFor();
    // Pain 8 at 72 h or more after onset: D-SEVERE, see a doctor.
    expect(await page.locator("[data-level]").getAttribute("data-level")).toBe("see_doctor");
    await page.getByText("Why this result?").click();
    expect(await page.locator(".reasons").textContent()).toContain("D-SEVERE");

    await expect.poll(async () => (await serverDiary(page)).length).toBe(1);
    const [entry] = await serverDiary(page);
    expect(entry).toMatchObject({ painNow: 8, episodeId });
    expect(entry?.note).toContain("Knee to chest");
    const episode = (await (await page.request.get(`/api/v1/episodes/${episodeId}`)).json()) as { checkIns: unknown[]; triage: { level: string } };
    expect(episode.checkIns).toHaveLength(2);
    expect(episode.triage.level).toBe("see_doctor");
    expectNoErrors(tab);
    await tab.context.close();
  });
  it('"It hurts" without an account re-runs triage on this device from the quick check', async () => {
    const tab = await openTab(e2e);
    const { page } = tab;
    await doQuickCheck(page, { regions: ["Neck (back view)"], painNow: 2, painWorst: 2, onset: "About 2 hours ago", sharp: false, spread: "It stays where it is" });
    await page.waitForURL("**/result");
    await page.getByRole("link", { name: "Guide me" }).first().click();
    await page.getByRole("button", { name: "It hurts" }).click();
    await page.getByRole("radio", { name: "6 – Distressing" }).check();
    await page.getByRole("button", { name: "Log it and check again" }).click();
    await page.getByRole("heading", { name: "Your new result" }).waitFor();
    expect(await page.getByText("Worked out on this device.").count()).toBe(1);
    await page.getByRole("link", { name: "See the full result" }).click();
    await page.locator("[data-level]").waitFor();
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem("backcoach.quickcheck") ?? "{}") as { painNow: number; flags: object });
    expect(kept.painNow).toBe(6);
    expect(Object.keys(kept.flags)).toHaveLength(20);
    expectNoErrors(tab);
    await tab.context.close();
  });
});
