import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./schema";
import { parseDatabaseUrl, type DatabaseTarget } from "./url";

export type DB = Kysely<Database>;

export interface OpenDatabase {
  db: DB;
  target: DatabaseTarget;
}

export interface OpenOptions {
  /** PostgreSQL only: the schema search path, so each test run can live in its own schema. */
  searchPath?: string;
  /** PostgreSQL only: pool size per process. */
  poolSize?: number;
}

/**
 * Opens the database named by DATABASE_URL. SQLite runs in WAL mode (readers never block the
 * writer, and a backup can copy while the server runs), enforces foreign keys, and waits up to 5 s
 * for a lock held by another process instead of failing at once; `synchronous` stays FULL so an
 * answered write survives a crash.
 */
export function openDatabase(url?: string, options: OpenOptions = {}): OpenDatabase {
  const target = parseDatabaseUrl(url);
  if (target.engine === "sqlite") {
    if (target.file !== ":memory:") mkdirSync(dirname(target.file), { recursive: true });
    const handle = new SQLite(target.file);
    handle.pragma("journal_mode = WAL");
    handle.pragma("foreign_keys = ON");
    handle.pragma("busy_timeout = 5000");
    handle.pragma("synchronous = FULL");
    return { target, db: new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) }) };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.poolSize ?? 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", (err) => process.emitWarning(`PostgreSQL pool: ${err.message}`));
  return { target, db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }) };
}

/** True when the database answers a trivial query. */
export async function isReachable(db: DB): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
