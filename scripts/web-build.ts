/**
 * Builds the web app into web/dist, then writes a brotli (.br) and a gzip (.gz) copy beside
 * every text file for the server to send as is (@fastify/static's preCompressed), so no
 * request pays for compression and slow networks get a third of the bytes. With --if-stale (npm's prestart) it builds only when
 * web/dist is missing or older than the sources, so `npm install && npm start` works on a
 * fresh clone and a restart costs nothing. Several processes may call it at once (test
 * files): an atomic mkdir lock lets one build while the others wait.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const WEB_DIST = join(ROOT, "web/dist");
const SOURCES = ["web/src", "web/public", "web/index.html", "web/vite.config.ts", "src/core"];
const LOCK_STALE_MS = 180_000;
/** Files worth compressing; images are compressed already. */
const COMPRESSIBLE = /\.(?:js|css|html|svg|webmanifest|json|txt)$/;
/** Below this a compressed copy saves less than a TCP packet. */
const MIN_BYTES = 1024;

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/** True when web/dist is missing or older than anything it is built from. */
export function webIsStale(): boolean {
  const index = join(WEB_DIST, "index.html");
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  return built < Math.max(...SOURCES.map((p) => newest(join(ROOT, p))));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Writes file.br and file.gz beside each compressible file of `dir`, each only when it is smaller than the file. */
export function precompress(dir: string): void {
  for (const file of filesUnder(dir).filter((f) => COMPRESSIBLE.test(f))) {
    const raw = readFileSync(file);
    if (raw.length < MIN_BYTES) continue;
    const variants: [string, Buffer][] = [
      [".br", brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })],
      [".gz", gzipSync(raw, { level: 9 })],
    ];
    for (const [ext, body] of variants) if (body.length < raw.length) writeFileSync(file + ext, body);
  }
}

function build(): void {
  execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], {
    cwd: ROOT,
    stdio: "inherit",
    // Vitest sets NODE_ENV=test, which would make Vite emit React's development build.
    env: { ...process.env, NODE_ENV: "production" },
  });
  precompress(WEB_DIST);
}

/** Builds web/dist unless it is fresh (or always, with `force`), one process at a time. */
export async function buildWeb({ force = false } = {}): Promise<boolean> {
  const lock = join(tmpdir(), `backcoach-web-build-${Buffer.from(ROOT).toString("hex").slice(-32)}.lock`);
  const deadline = Date.now() + LOCK_STALE_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      // A lock older than the longest build was left by a killed process.
      if (age > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited too long for the build lock ${lock}`);
      await sleep(300);
    }
  }
  try {
    if (!force && !webIsStale()) return false;
    build();
    return true;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await buildWeb({ force: !process.argv.includes("--if-stale") });
  if (!built) console.error("web/dist is up to date");
}
