import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from "kysely";
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

/** Prepared statements kept per SQLite connection, by SQL text. */
const STATEMENT_CACHE_SIZE = 200;

/**
 * The handle as Kysely sees it, keeping prepared statements by their SQL text: Kysely prepares
 * every query anew, and preparing costs about as much as running a small one. A statement may be
 * reused once its run ends, and Kysely runs one query at a time on its one SQLite connection.
 * The oldest is dropped beyond the limit (bulk inserts make a new text per batch size).
 */
function withStatementCache(handle: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => handle.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = handle.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * Opens the database named by DATABASE_URL. SQLite runs in WAL mode (readers never block the
 * writer, and a backup can copy while the server runs), enforces foreign keys, and waits up to 5 s
 * for a lock held by another process instead of failing at once.
 *
 * `synchronous = NORMAL`, SQLite's recommended setting in WAL mode: a commit is in the
 * write-ahead log before the call returns, so every answered write survives the process crashing
 * or being killed; the log is synced to disk at checkpoints rather than on every commit. The
 * trade-off: an operating-system crash or power loss may lose the last commits (never corrupt
 * the file). FULL, which fsyncs every commit, held the event loop on the disk and kept writes
 * under 1,000/s.
 */
export function openDatabase(url?: string, options: OpenOptions = {}): OpenDatabase {
  const target = parseDatabaseUrl(url);
  if (target.engine === "sqlite") {
    if (target.file !== ":memory:") mkdirSync(dirname(target.file), { recursive: true });
    const handle = new SQLite(target.file);
    handle.pragma("journal_mode = WAL");
    handle.pragma("foreign_keys = ON");
    handle.pragma("busy_timeout = 5000");
    handle.pragma("synchronous = NORMAL");
    return { target, db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(handle) }) }) };
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
