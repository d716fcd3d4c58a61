import { Migrator, PostgresAdapter, sql, type MigrationResultSet } from "kysely";
import type { DB } from "./connect";
import { migrations } from "./migrations";

/**
 * On PostgreSQL, the schema the migrations go to: the first of the search path. Named explicitly,
 * because Kysely otherwise looks for its bookkeeping tables in every schema of the database.
 */
async function currentSchema(db: DB): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

/** Applies every migration not yet applied, in order; throws naming the one that failed. */
export async function migrateToLatest(db: DB): Promise<string[]> {
  const schema = await currentSchema(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema !== undefined && { migrationTableSchema: schema }),
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`migration ${failed ?? "(setup)"} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
