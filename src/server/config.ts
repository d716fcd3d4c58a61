import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from "../db/url";
import { DEFAULT_SCRYPT_COST, type ScryptCost } from "./auth/password";

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Signs the session cookie. */
  sessionSecret: string;
  logLevel: string;
  /** Trust X-Forwarded-* from a reverse proxy (so `Secure` cookies and client IPs are right behind it). */
  trustProxy: boolean;
  /** The built web app; served at / when the folder exists. */
  webDist: string;
  /** Sign-up and sign-in attempts allowed per client IP and email per minute. */
  authRateLimit: number;
  scryptCost: ScryptCost;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Defaults for everything; tests and `serve` override what they need. */
export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 3000,
    host: "127.0.0.1",
    databaseUrl: DEFAULT_DATABASE_URL,
    sessionSecret: randomBytes(32).toString("base64url"),
    logLevel: "info",
    trustProxy: false,
    webDist: join(REPO_ROOT, "web/dist"),
    authRateLimit: 10,
    scryptCost: DEFAULT_SCRYPT_COST,
    ...overrides,
  };
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number (got "${value}")`);
  return n;
}

/**
 * The data folder: where the SQLite file lives, or `data/` beside the working directory when the
 * data is in PostgreSQL.
 */
export function dataDir(databaseUrl: string): string {
  const target = parseDatabaseUrl(databaseUrl);
  return target.engine === "sqlite" && target.file !== ":memory:" ? dirname(resolve(target.file)) : resolve("data");
}

/**
 * SESSION_SECRET, or the one kept in the data folder, made on first start. Written to a private
 * file and then hard-linked into place, which fails when the name exists: processes starting
 * together all end up with the first one's complete secret.
 */
export function sessionSecret(env: NodeJS.ProcessEnv, folder: string): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const file = join(folder, "session-secret");
  mkdirSync(folder, { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, randomBytes(32).toString("base64url"), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(file, "utf8").trim();
}

/** Configuration from the environment (all optional): PORT, HOST, DATABASE_URL, SESSION_SECRET, LOG_LEVEL, TRUST_PROXY. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  return defaultConfig({
    port: integer("PORT", env.PORT, 3000),
    host: env.HOST || "127.0.0.1",
    databaseUrl,
    sessionSecret: sessionSecret(env, dataDir(databaseUrl)),
    logLevel: env.LOG_LEVEL || "info",
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
  });
}
