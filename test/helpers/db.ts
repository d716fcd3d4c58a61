import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, it } from "vitest";
import { openDatabase, type DB } from "../../src/db/connect";
import { migrateToLatest } from "../../src/db/migrate";

export type Engine = "sqlite" | "postgres";

/** The PostgreSQL server the tests use (each run in its own schema). */
export const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why PostgreSQL cannot be used, or undefined when it answers. Probed once per test file. */
export const postgresProblem = await probePostgres();

/**
 * Runs `suite` once per engine. Without PostgreSQL the PostgreSQL run is skipped with a visible
 * message, except when CI is set: there it is a failing test.
 */
export function describeEachEngine(title: string, suite: (engine: Engine) => void): void {
  describe(`${title} [sqlite]`, () => suite("sqlite"));
  describePostgres(title, () => suite("postgres"));
}

/** A suite that needs PostgreSQL: skipped visibly when it is unreachable, failing when CI is set. */
export function describePostgres(title: string, suite: () => void, options: { timeout?: number } = {}): void {
  if (!postgresProblem) {
    describe(`${title} [postgres]`, options, suite);
  } else if (process.env.CI) {
    describe(`${title} [postgres]`, () =>
      it("needs PostgreSQL (CI is set)", () => {
        throw new Error(`PostgreSQL at ${PG_URL} is unreachable: ${postgresProblem}`);
      }));
  } else {
    console.warn(`SKIPPED: "${title}" on PostgreSQL: ${PG_URL} is unreachable (${postgresProblem})`);
    describe.skip(`${title} [postgres] (PostgreSQL unreachable)`, suite);
  }
}

export interface TestDatabase {
  engine: Engine;
  /** A DATABASE_URL that reaches this database, for spawned server processes. */
  url: string;
  db: DB;
  /** Closes the connection (if still open) and deletes the database (file or schema). */
  drop(): Promise<void>;
}

/**
 * A fresh database: a temporary SQLite file, or a new PostgreSQL schema `bc_<random>`; migrated
 * unless `migrate` is false.
 */
export async function createTestDatabase(engine: Engine, { migrate = true } = {}): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "backcoach-"));
    const url = `sqlite:${join(dir, "test.sqlite")}`;
    const { db } = openDatabase(url);
    if (migrate) await migrateToLatest(db);
    return {
      engine,
      url,
      db,
      drop: async () => {
        await closeQuietly(db);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `bc_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = withSearchPath(PG_URL, schema);
  const { db } = openDatabase(url, { poolSize: 5 });
  if (migrate) await migrateToLatest(db);
  return {
    engine,
    url,
    db,
    drop: async () => {
      await closeQuietly(db);
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

/** Closes a connection that a test may already have closed. */
const closeQuietly = (db: DB) => db.destroy().catch(() => undefined);

/** A PostgreSQL URL whose sessions use `schema` (libpq's `options=-c search_path=...`). */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

/** Every table, with the columns that give its rows a stable order. */
const TABLES = {
  users: ["id"],
  sessions: ["id"],
  episodes: ["id"],
  check_ins: ["id"],
  diary_entries: ["id"],
  peg_answers: ["id"],
  clearances: ["id"],
  user_exercises: ["id"],
  workouts: ["id"],
  workout_sets: ["workout_id", "position"],
} as const;

/** Every row of every table, in a stable order: compare two to show that nothing changed. */
export async function snapshot(db: DB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES) as [keyof typeof TABLES, readonly string[]][]) {
    let query = db.selectFrom(table).selectAll();
    for (const column of order) query = query.orderBy(column as never);
    out[table] = await query.execute();
  }
  return out;
}
