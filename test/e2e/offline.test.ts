import { afterAll, beforeAll, expect, it } from "vitest";
import { describeBrowser, expectNoErrors, openTab, startE2E, type E2E } from "./harness";
import { createEpisode, hoursAgo, serverDiary, signUp } from "./flows";
import { doQuickCheck } from "./quickcheck";

describeBrowser("installable and offline", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("serves a web manifest with icons", async () => {
    const tab = await openTab(e2e);
    await tab.page.goto("/");
    const href = await tab.page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = (await (await tab.page.request.get(href ?? "")).json()) as { name: string; display: string; icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ name: "Backcoach", display: "standalone" });
    for (const icon of manifest.icons) expect((await tab.page.request.get(icon.src)).status()).toBe(200);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expectNoErrors(tab);
    await tab.context.close();
  });

  it("opens today's plan, the timer, the quick check and the diary with the network off; an entry made offline reaches the server once", async () => {
    // Going offline makes the browser report the failed requests; that is the point here.
    const tab = await openTab(e2e, { serviceWorkers: "allow", allow: [/ERR_INTERNET_DISCONNECTED/, /Failed to fetch/] });
    const { page, context } = tab;
    await signUp(page);
    await createEpisode(page, { onsetAt: hoursAgo(5), painNow: 4 });
    await page.goto("/today");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Once the service worker controls the page, what it fetches is cached for later.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByRole("heading", { name: /Today's plan/ }).waitFor();
    await page.goto("/diary");
    await page.getByRole("heading", { name: "Today's pain" }).waitFor();
    const before = (await serverDiary(page)).length;

    await context.setOffline(true);
    await page.goto("/today");
    await page.getByRole("heading", { name: /Today's plan/ }).waitFor();
    await page.getByRole("link", { name: "Start a 20-minute session" }).first().click();
    await page.getByRole("button", { name: "Start cold" }).click();
    await expect.poll(() => page.getByTestId("remaining").textContent()).toMatch(/^(20:00|19:5\d)$/);
    await page.getByRole("button", { name: "Stop session" }).click();

    // The quick check and its result run on the device, from the same care core.
    await doQuickCheck(page, { regions: ["Mid back (back view)"], painNow: 3, painWorst: 3, onset: "About 2 hours ago", sharp: true, spread: "It stays where it is" });
    await page.waitForURL("**/result");
    expect(await page.locator("[data-level]").getAttribute("data-level")).toBe("see_doctor");

    await page.goto("/diary");
    await page.getByRole("heading", { name: "Today's pain" }).waitFor();
    await page.getByRole("group", { name: "Pain right now" }).getByRole("radio", { name: "5 – Distracting" }).check();
    await page.getByRole("button", { name: "Save entry" }).click();
    await page.getByText("will be sent when you are online").first().waitFor();
    const queued = await page.evaluate(() => JSON.parse(localStorage.getItem("backcoach.outbox") ?? "{}") as { pending: { entry: { clientId: string } }[] });
    expect(queued.pending).toHaveLength(1);
    const clientId = queued.pending[0]?.entry.clientId;
    expect((await serverDiary(page)).length).toBe(before);

    await context.setOffline(false);
    await expect.poll(async () => (await serverDiary(page)).length).toBe(before + 1);
    const sent = (await serverDiary(page)).filter((e) => e.clientId === clientId);
    expect(sent).toMatchObject([{ painNow: 5 }]);
    await page.reload();
    await page.getByRole("heading", { name: "Today's pain" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("backcoach.outbox"))).toContain('"pending":[]');
    expect((await serverDiary(page)).length).toBe(before + 1);
    expectNoErrors(tab);
    await tab.context.close();
  });
});
