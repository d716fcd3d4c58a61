import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataDir, loadConfig, sessionSecret } from "./config";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "backcoach-config-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("server configuration", () => {
  it("uses the documented defaults with an empty environment", () => {
    const dir = tempDir();
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, "db.sqlite")}` });
    expect(config).toMatchObject({ port: 3000, host: "127.0.0.1", logLevel: "info", trustProxy: false, authRateLimit: 10 });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("reads PORT, HOST, LOG_LEVEL, TRUST_PROXY and SESSION_SECRET", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      LOG_LEVEL: "warn",
      TRUST_PROXY: "1",
      SESSION_SECRET: "from-env",
      DATABASE_URL: "postgres://db/x",
    });
    expect(config).toMatchObject({ port: 8080, host: "0.0.0.0", logLevel: "warn", trustProxy: true, sessionSecret: "from-env", databaseUrl: "postgres://db/x" });
  });

  it("refuses a PORT that is not a whole number", () => {
    expect(() => loadConfig({ PORT: "eighty", SESSION_SECRET: "s" })).toThrow(/PORT/);
  });

  it("keeps the data folder beside the SQLite file, or data/ for PostgreSQL", () => {
    expect(dataDir("sqlite:/srv/backcoach/db.sqlite")).toBe("/srv/backcoach");
    expect(dataDir("postgres://db/x")).toBe(join(process.cwd(), "data"));
  });

  it("generates the session secret once, privately, and keeps it", () => {
    const dir = join(tempDir(), "data");
    const first = sessionSecret({}, dir);
    expect(sessionSecret({}, dir)).toBe(first);
    expect(readFileSync(join(dir, "session-secret"), "utf8")).toBe(first);
    expect(statSync(join(dir, "session-secret")).mode & 0o077).toBe(0);
    expect(readdirSync(dir)).toEqual(["session-secret"]);
  });
});
