import { spawn, type ChildProcess } from "node:child_process";
import { dirname, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface ServerProcess {
  child: ChildProcess;
  /**
   * Sends a signal the way a terminal (Ctrl-C) or a service manager does: to the whole process
   * group when the server runs under the tsx launcher, else to the server process itself.
   */
  kill(signal: NodeJS.Signals): void;
  url: string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the process wrote so far. */
  output(): string;
}

/**
 * Starts `backcoach serve` as its own process on a free port. `via: "node"` runs one Node process
 * (`node --import tsx`), so a signal reaches the server itself; `via: "tsx"` runs it as
 * `npm start` does, through the tsx launcher (parent and child, in a process group of their own).
 */
export async function spawnServer(
  env: Record<string, string | undefined>,
  options: { via?: "node" | "tsx"; cwd?: string } = {},
): Promise<ServerProcess> {
  const args = [resolve(REPO_ROOT, "src/cli/main.ts"), "serve"];
  const spawnOptions = { cwd: options.cwd ?? REPO_ROOT, env: serverEnv(env) };
  const viaTsx = options.via === "tsx";
  const child = viaTsx
    ? spawn(resolve(REPO_ROOT, "node_modules/.bin/tsx"), args, { ...spawnOptions, detached: true })
    : spawn(process.execPath, ["--import", TSX_LOADER, ...args], spawnOptions);
  const kill = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (viaTsx && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
  };
  let out = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on("exit", (code, signal) => done({ code, signal })),
  );
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in time:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        done(m[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
  return { child, kill, url, exited, output: () => out };
}

/** tsx's loader by absolute URL, so a process may run from any working directory. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** The test's environment plus the server's; a key set to undefined is removed. */
function serverEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    SESSION_SECRET: "test-secret-shared-by-all-processes",
  };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  return merged;
}

/** Runs `backcoach ARGS` to completion, feeding `input` on stdin. */
export function runCli(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", TSX_LOADER, "src/cli/main.ts", ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(options.input ?? "");
  return new Promise((done) => child.on("close", (code) => done({ code, stdout, stderr })));
}
