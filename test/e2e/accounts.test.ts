import { afterAll, beforeAll, expect, it } from "vitest";
import { describeBrowser, expectNoErrors, openTab, startE2E, type E2E } from "./harness";
import { newEmail } from "./flows";
import { doQuickCheck } from "./quickcheck";

describeBrowser("accounts and settings", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("saves a quick-check result into a new account, keeps settings, signs out and back in", async () => {
    const tab = await openTab(e2e);
    const { page } = tab;
    await doQuickCheck(page, {
      regions: ["Neck (front view)"],
      painNow: 2,
      painWorst: 3,
      onset: "About 2 hours ago",
      sharp: false,
      spread: "It stays where it is",
    });
    await page.waitForURL("**/result");
    await page.getByRole("link", { name: "Save to a new account" }).click();
    const email = newEmail();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/today");
    await page.getByRole("heading", { name: /Today's plan/ }).waitFor();
    expect(await page.locator(".items").first().textContent()).toContain("Chin tuck");
    const episodes = (await (await page.request.get("/api/v1/episodes")).json()) as { regions: string[]; triage: { level: string } }[];
    expect(episodes).toMatchObject([{ regions: ["neck"], triage: { level: "self_care" } }]);

    // The new account took this device's time zone (the browser runs in Europe/Berlin).
    await page.getByRole("link", { name: "Account" }).click();
    await page.getByRole("heading", { name: "Settings" }).waitFor();
    expect(await page.getByLabel("Time zone").inputValue()).toBe("Europe/Berlin");
    await page.getByRole("group", { name: /sit at a desk/ }).getByRole("radio", { name: "Yes" }).check();
    await page.getByRole("radio", { name: "Pounds (lb)" }).check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Saved.").waitFor();
    expect((await (await page.request.get("/api/v1/me")).json()).settings).toEqual({ timeZone: "Europe/Berlin", units: "lb", deskWorker: true });

    await page.getByLabel("Time zone").fill("Mars/Olympus");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText(/timeZone/).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    expect(await page.getByRole("link", { name: "Sign in" }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("backcoach.")))).toEqual([]);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);

    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/today");
    await page.getByRole("heading", { name: /Today's plan/ }).waitFor();
    // The browser reports the refused sign-in (401) and settings (400) it was made to send.
    expect(tab.errors.filter((e) => !/status of (401|400)/.test(e))).toEqual([]);
    await tab.context.close();
  });

  it("Today and the diary ask a visitor to start or sign in", async () => {
    const tab = await openTab(e2e);
    await tab.page.goto("/today");
    await tab.page.getByRole("link", { name: "Start a quick check" }).waitFor();
    await tab.page.goto("/diary");
    await tab.page.getByRole("link", { name: "Sign in" }).first().waitFor();
    expectNoErrors(tab);
    await tab.context.close();
  });
});
