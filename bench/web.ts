/**
 * Web app weight and start-up: the gzipped JavaScript and CSS the first page loads (what
 * web/dist/index.html names: entry script, modulepreloads, stylesheets, scripts), and the time
 * to a usable quick check in headless Chromium with the CPU slowed 4× and a slow 4G network,
 * served by the real server; median of 5 cold loads, each in a new browser context.
 * Goals: first-page JS ≤ 100 KB gzipped; quick check usable in under 2 s.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchChromium } from "../scripts/chromium";
import { buildWeb } from "../scripts/web-build";
import { startServer, stopChild } from "./children";
import { emit, fmt, median, notMeasured, say, under, type BenchRow } from "./lib";

const DIST = "web/dist";
const LOADS = 5;
const GOAL_JS = 100 * 1024;
const GOAL_USABLE_MS = 2000;
/** Slow 4G as Lighthouse's mobile preset has it: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const CPU_SLOWDOWN = 4;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** The files index.html makes the browser fetch before the app runs, by kind. */
function firstPageFiles(): { js: string[]; css: string[] } {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  const local = (url: string | undefined): url is string => !!url && url.startsWith("/") && !url.startsWith("//");
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(tag, "src");
    if (local(src)) js.push(src.slice(1));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, "rel");
    const href = attr(tag, "href");
    if (!local(href)) continue;
    if (rel === "modulepreload") js.push(href.slice(1));
    if (rel === "stylesheet") css.push(href.slice(1));
  }
  return { js, css };
}

interface Load {
  usableMs: number;
  /** Bytes that came over the wire until usable (bodies as sent, i.e. compressed if the server compressed). */
  transferred: number;
  /** Scripts fetched until usable, as paths. */
  scripts: string[];
}

/** One cold load of /check: a new context (no cache, no service worker), throttled, timed until usable. */
async function coldLoad(browser: import("playwright-core").Browser, origin: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  try {
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", NETWORK);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    let transferred = 0;
    let done = false;
    const scripts: string[] = [];
    const urls = new Map<string, { url: string; type: string | undefined }>();
    cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, { url: e.request.url, type: e.type }));
    cdp.on("Network.loadingFinished", (e) => {
      if (done) return;
      transferred += e.encodedDataLength;
      const r = urls.get(e.requestId);
      if (r?.type === "Script") scripts.push(new URL(r.url).pathname);
    });

    const t0 = performance.now();
    await page.goto(`${origin}/check`, { waitUntil: "commit" });
    // Usable: the first question is on screen and its answer controls take a tap. The "Next"
    // button is rendered too, disabled by design until a region is chosen.
    await page.getByRole("heading", { name: "Where does it hurt?" }).waitFor({ state: "visible", timeout: 60_000 });
    await page.getByRole("checkbox", { name: /lower back/i }).waitFor({ state: "visible", timeout: 60_000 });
    await page.getByRole("button", { name: "Next" }).waitFor({ state: "visible", timeout: 60_000 });
    const usableMs = performance.now() - t0;
    done = true;

    // The page really is usable: choosing a region enables Next.
    await page.getByRole("checkbox", { name: /lower back/i }).click();
    const next = page.getByRole("button", { name: "Next" });
    await next.waitFor({ state: "visible" });
    if (!(await next.isEnabled({ timeout: 10_000 }))) throw new Error("Next stayed disabled after choosing a region");
    return { usableMs, transferred, scripts };
  } finally {
    await context.close();
  }
}

const rows: BenchRow[] = [];

async function weigh(): Promise<void> {
  const { js, css } = firstPageFiles();
  const jsBytes = js.reduce((n, f) => n + gzipped(f), 0);
  const cssBytes = css.reduce((n, f) => n + gzipped(f), 0);
  const rawJs = js.reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0);
  say(`web: first page JS ${kb(jsBytes)} gzip (${js.join(", ")}), CSS ${kb(cssBytes)}`);
  rows.push(
    {
      section: "web",
      metric: "first page JavaScript, gzip -9",
      value: kb(jsBytes),
      goal: "≤ 100 KB",
      ...under(jsBytes / 1024, GOAL_JS / 1024, "KB", 1),
      note: `${js.map((f) => `${f.replace(/^assets\//, "")} ${kb(gzipped(f))}`).join(", ")}; ${kb(rawJs)} before gzip`,
    },
    { section: "web", metric: "first page CSS, gzip -9", value: kb(cssBytes), goal: "—", verdict: "info", note: css.join(", ") },
  );
}

async function startUp(): Promise<void> {
  if (!existsSync("/usr/bin/chromium")) {
    rows.push(notMeasured("web", "quick check usable (4× CPU, slow 4G)", "< 2 s", "no Chromium at /usr/bin/chromium"));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "backcoach-web-"));
  const server = await startServer(`sqlite:${join(dir, "bench.sqlite")}`);
  const browser = await launchChromium();
  try {
    const origin = `http://127.0.0.1:${server.port}`;
    // One unmeasured load warms the server's file cache, as a running server's would be.
    await coldLoad(browser, origin);
    const loads: Load[] = [];
    for (let i = 0; i < LOADS; i++) {
      const l = await coldLoad(browser, origin);
      say(`web: cold load ${i + 1}: usable in ${l.usableMs.toFixed(0)} ms, ${kb(l.transferred)} over the wire`);
      loads.push(l);
    }
    const ms = median(loads.map((l) => l.usableMs));
    const scripts = [...new Set(loads[0]!.scripts)];
    const scriptGzip = scripts.reduce((n, p) => n + (existsSync(join(DIST, p)) ? gzipped(p.slice(1)) : 0), 0);
    rows.push({
      section: "web",
      metric: "quick check usable, cold, 4× CPU, slow 4G",
      value: `${fmt(ms, 0)} ms`,
      goal: `< ${fmt(GOAL_USABLE_MS, 0)} ms`,
      ...under(ms, GOAL_USABLE_MS, "ms"),
      note:
        `median of ${LOADS} cold loads of /check (range ${fmt(Math.min(...loads.map((l) => l.usableMs)), 0)}–${fmt(Math.max(...loads.map((l) => l.usableMs)), 0)} ms), ` +
        `each in a new context; "usable" = heading "Where does it hurt?", the body map's checkboxes and the Next button shown; ` +
        `network ${NETWORK.latency} ms latency, ${fmt(NETWORK.downloadThroughput, 0)} B/s down, ${fmt(NETWORK.uploadThroughput, 0)} B/s up; ` +
        `${kb(median(loads.map((l) => l.transferred)))} over the wire until usable, ${scripts.length} scripts (${kb(scriptGzip)} if gzipped)`,
    });
  } finally {
    await browser.close();
    await stopChild(server.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  const built = await buildWeb();
  say(built ? "web: built web/dist" : "web: web/dist is up to date");
} catch (err) {
  say(`web: build failed: ${(err as Error).message}`);
}
if (!existsSync(join(DIST, "index.html"))) {
  rows.push(notMeasured("web", "first page JavaScript and quick check", "≤ 100 KB JS, usable < 2 s", "web/dist could not be built"));
} else {
  await weigh();
  try {
    await startUp();
  } catch (err) {
    rows.push(notMeasured("web", "quick check usable (4× CPU, slow 4G)", "< 2 s", (err as Error).message.split("\n")[0]!.slice(0, 200)));
  }
}
emit(rows);
