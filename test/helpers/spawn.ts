import { spawn, type ChildProcess } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the process wrote so far. */
  output(): string;
}

/**
 * Starts `backcoach serve` as its own process on a free port. `via: "node"` runs one Node process
 * (`node --import tsx`), so a signal reaches the server itself; `via: "tsx"` runs it as
 * `npm start` does, through the tsx launcher, which forwards signals to its child.
 */
export async function spawnServer(
  env: Record<string, string>,
  options: { via?: "node" | "tsx" } = {},
): Promise<ServerProcess> {
  const args = ["src/cli/main.ts", "serve"];
  const child =
    options.via === "tsx"
      ? spawn(resolve(REPO_ROOT, "node_modules/.bin/tsx"), args, { cwd: REPO_ROOT, env: serverEnv(env) })
      : spawn(process.execPath, ["--import", "tsx", ...args], { cwd: REPO_ROOT, env: serverEnv(env) });
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
  return { child, url, exited, output: () => out };
}

const serverEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: "0",
  HOST: "127.0.0.1",
  LOG_LEVEL: "info",
  SESSION_SECRET: "test-secret-shared-by-all-processes",
  ...env,
});
