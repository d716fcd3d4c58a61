/**
 * Renders web/public/icon.svg to the PNG sizes the web manifest lists (192 and 512 px), with
 * the system Chromium. Run after changing the icon: npx tsx scripts/web-icons.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium";

const PUBLIC = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "web/public");
const svg = readFileSync(join(PUBLIC, "icon.svg"), "utf8");
const browser = await launchChromium();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: join(PUBLIC, `icon-${size}.png`), omitBackground: true });
    await page.close();
    console.log(`web/public/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
