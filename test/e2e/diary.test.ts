import { afterAll, beforeAll, expect, it } from "vitest";
import { describeBrowser, expectNoErrors, openTab, startE2E, type E2E } from "./harness";
import { createEpisode, hoursAgo, serverDiary, signUp } from "./flows";

describeBrowser("the pain diary", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("a week of entries: today's entry with medication, the chart with onset and check-ins, the trend, the PEG", async () => {
    const tab = await openTab(e2e);
    const { page } = tab;
    await signUp(page);
    const episodeId = await createEpisode(page, { onsetAt: hoursAgo(7 * 24), painNow: 7 });
    for (let day = 6; day >= 1; day--) {
      const res = await page.request.post("/api/v1/diary", {
        data: { at: hoursAgo(day * 24), painNow: Math.min(7, 1 + day), regions: ["lower_back"], episodeId },
      });
      expect(res.status()).toBe(201);
    }
    await page.goto("/diary");
    await page.getByRole("heading", { name: "Today's pain" }).waitFor();

    await page.getByRole("group", { name: "Pain right now" }).getByRole("radio", { name: "2 – Mild" }).check();
    await page.getByLabel("Note (optional)").fill("Better after a walk");
    await page.getByRole("checkbox", { name: "I took a pain reliever" }).check();
    await page.getByLabel("What").fill("Ibuprofen");
    await page.getByRole("button", { name: "Save entry" }).click();
    await expect.poll(async () => (await serverDiary(page)).length).toBe(7);
    const today = (await serverDiary(page)).at(-1);
    expect(today).toMatchObject({ painNow: 2, note: "Better after a walk", episodeId, regions: ["lower_back"] });
    expect((today as unknown as { medication: { name: string } }).medication.name).toBe("Ibuprofen");

    await expect.poll(() => page.locator("tbody tr").count()).toBe(7);
    expect(await page.locator(".chart canvas").count()).toBe(1);
    const key = await page.getByRole("list", { name: "Chart key" }).textContent();
    expect(key).toContain("Lower back");
    expect(key).toContain("Pain began");
    expect(key).toContain("Check-ins");
    expect(await page.locator(".trend").textContent()).toMatch(/better than at its worst in the first 3 days/);

    await page.getByRole("group", { name: /on average in the past week/ }).getByRole("radio", { name: "4 – Moderate" }).check();
    await page.getByRole("group", { name: /enjoyment of life/ }).getByRole("radio", { name: /^3 / }).check();
    await page.getByRole("group", { name: /general activity/ }).getByRole("radio", { name: /^5 / }).check();
    await page.getByRole("button", { name: "Save this week's answers" }).click();
    await page.getByText("This week's score:").waitFor();
    expect(await page.getByText("This week's score:").textContent()).toContain("4.0");
    expectNoErrors(tab);
    await tab.context.close();
  });
});
