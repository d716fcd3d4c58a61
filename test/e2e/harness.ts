import { existsSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { buildWeb, WEB_DIST } from "../../scripts/web-build";
import { CHROMIUM, launchChromium } from "../../scripts/chromium";


/**
 * A describe block for browser tests. Without Chromium it is skipped with a message, except
 * when CI is set: there a missing browser fails.
 */
export function describeBrowser(title: string, suite: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(title, suite);
  } else if (process.env.CI) {
    describe(title, () =>
      it("needs Chromium (CI is set)", () => {
        throw new Error(`No Chromium at ${CHROMIUM}`);
      }),
    );
  } else {
    console.warn(`SKIPPED: browser tests "${title}": no Chromium at ${CHROMIUM}`);
    describe.skip(title, suite);
  }
}

export interface E2E {
  server: TestServer;
  browser: Browser;
  stop(): Promise<void>;
}

/** The built app on a real server (fresh SQLite database) and a headless Chromium with an empty profile. */
export async function startE2E(options: { clock?: () => Date } = {}): Promise<E2E> {
  await buildWeb();
  const server = await startTestServer("sqlite", { config: { webDist: WEB_DIST, authRateLimit: 1000 }, ...options });
  const browser = await launchChromium();
  return {
    server,
    browser,
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/**
 * A fresh phone-sized tab (390×844). Every console error and page error is recorded; tests
 * end with `expectNoErrors`. `allow` lists messages a test provokes on purpose (going offline).
 */
export async function openTab(
  e2e: E2E,
  options: { serviceWorkers?: "allow" | "block"; allow?: RegExp[]; bypassCSP?: boolean } = {},
): Promise<Tab> {
  const context = await e2e.browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    baseURL: e2e.server.url,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: false,
    serviceWorkers: options.serviceWorkers ?? "block",
    timezoneId: "Europe/Berlin",
    locale: "en-GB",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const allowed = (text: string) => (options.allow ?? []).some((r) => r.test(text));
  page.on("console", (m) => {
    if (m.type() === "error" && !allowed(m.text())) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  return { context, page, errors };
}

/** Passes when nothing went to the console as an error. */
export function expectNoErrors(tab: Tab): void {
  if (tab.errors.length) throw new Error(`console errors:\n${tab.errors.join("\n")}`);
}

