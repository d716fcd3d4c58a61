/** Child processes for the benchmarks: servers run apart from the client measuring them. */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Starts `node ARGS` and waits until `ready()` says it answers; fails with its stderr if it dies first. */
export async function startChild(args: string[], env: NodeJS.ProcessEnv, ready: () => Promise<boolean>): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`child exited ${child.exitCode}: ${stderr.slice(-2000)}`);
    if (await ready().catch(() => false)) return child;
    await sleep(100);
  }
  child.kill("SIGKILL");
  throw new Error(`child did not become ready in 60 s: ${stderr.slice(-2000)}`);
}

/** SIGTERM (the server drains and closes its database), SIGKILL if it has not gone in 10 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, sleep(10_000).then(() => child.kill("SIGKILL"))]);
}

/** The logging level the benchmarked server runs at: the shipped "info" logs every request, and the figures are for the app, not its log pipe. */
export const SERVER_LOG_LEVEL = "warn";

let serverBuilt = false;

/**
 * `backcoach serve` as `npm start` runs it (the esbuild bundle under plain node, same flags), on a
 * free port against `databaseUrl`, answering once /healthz does.
 */
export async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; port: number }> {
  if (!serverBuilt) {
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build-server.ts"], { stdio: "inherit" });
    serverBuilt = true;
  }
  const port = await freePort();
  const child = await startChild(
    ["--max-semi-space-size=8", "dist/cli/main.js", "serve"],
    {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: randomBytes(32).toString("hex"),
      LOG_LEVEL: SERVER_LOG_LEVEL,
      MALLOC_ARENA_MAX: "2",
    },
    async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok,
  );
  return { child, port };
}
