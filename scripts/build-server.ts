/**
 * Bundles the command line (the server included) into dist/cli/ for `npm start`, which runs it
 * with plain `node`: under tsx's loader the server holds about 45 MB more (a loader thread with
 * its own heap, the transformed sources). Packages stay external, loaded from node_modules as
 * usual. The subcommands stay separate chunks, so `triage` still does not load the server. All
 * output goes to dist/cli/ because src/server/config.ts finds the repository two folders up from
 * its own file, as it does from src/server/. `npm run cli` and `bin/backcoach.mjs` keep running
 * the sources through tsx.
 */
import { readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "dist/cli");
/** Pure ES-module libraries bundled in, so only what the app uses is loaded (all of date-fns and Kysely otherwise). */
const BUNDLED = ["kysely", "zod", "date-fns", "@date-fns/tz"];
const { dependencies } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const external = Object.keys(dependencies)
  .filter((name) => !BUNDLED.includes(name))
  .flatMap((name) => [name, `${name}/*`]);

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: [join(ROOT, "src/cli/main.ts")],
  outdir: OUT,
  chunkNames: "[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external,
  logLevel: "warning",
});
