import { parseArgs } from "node:util";
import { openDatabase } from "../../db/connect";
import { migrateToLatest } from "../../db/migrate";
import { printLine } from "../input";

/** `backcoach migrate`: applies pending migrations to DATABASE_URL; prints `{ "applied": [NAME] }`. */
export async function run(argv: string[]): Promise<number> {
  parseArgs({ args: argv, options: {}, strict: true });
  const { db } = openDatabase(process.env.DATABASE_URL || undefined);
  try {
    printLine({ applied: await migrateToLatest(db) });
    return 0;
  } finally {
    await db.destroy();
  }
}
