/**
 * Prints how much JavaScript the first page loads, gzipped: the entry script and the chunks
 * index.html preloads (every other screen is a lazy chunk). Exits 1 above the 100 KB budget.
 * Output, one JSON line: { "firstLoadJsGzipBytes", "firstLoadFiles", "allJsGzipBytes", "budgetBytes" }.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { WEB_DIST } from "./web-build";

export const BUDGET_BYTES = 100 * 1024;

const gz = (file: string): number => gzipSync(readFileSync(join(WEB_DIST, file)), { level: 9 }).length;

export function webSize() {
  const html = readFileSync(join(WEB_DIST, "index.html"), "utf8");
  const first = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const all = readdirSync(join(WEB_DIST, "assets")).filter((f) => f.endsWith(".js")).map((f) => `assets/${f}`);
  return {
    firstLoadJsGzipBytes: first.reduce((sum, f) => sum + gz(f), 0),
    firstLoadFiles: first,
    allJsGzipBytes: all.reduce((sum, f) => sum + gz(f), 0),
    budgetBytes: BUDGET_BYTES,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const size = webSize();
  console.log(JSON.stringify(size));
  if (size.firstLoadJsGzipBytes > BUDGET_BYTES) process.exitCode = 1;
}
