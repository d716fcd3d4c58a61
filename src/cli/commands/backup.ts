import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import SQLite from "better-sqlite3";
import { parseDatabaseUrl } from "../../db/url";
import { printLine } from "../input";

/**
 * `backcoach backup --to FILE`: a consistent copy of the SQLite database, taken with SQLite's
 * online backup API, so the server may keep running and writing meanwhile. Prints
 * `{ "to": FILE, "pages": N }`.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { to: { type: "string" } }, strict: true });
  if (!values.to) {
    process.stderr.write("usage: backcoach backup --to FILE\n");
    return 2;
  }
  const target = parseDatabaseUrl(process.env.DATABASE_URL || undefined);
  if (target.engine === "postgres") {
    process.stderr.write(
      "backcoach backup copies the SQLite database only. For PostgreSQL use its own tools, e.g.\n" +
        '  pg_dump --format=custom --file=backcoach.dump "$DATABASE_URL"\n',
    );
    return 2;
  }
  if (target.file === ":memory:" || !existsSync(target.file)) {
    process.stderr.write(`backcoach backup: no database at ${target.file} (start the server or run migrate first)\n`);
    return 1;
  }
  if (resolve(values.to) === resolve(target.file)) {
    process.stderr.write("backcoach backup: --to must not be the database itself\n");
    return 2;
  }
  const source = new SQLite(target.file, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    const { totalPages } = await source.backup(values.to);
    printLine({ to: values.to, pages: totalPages });
    return 0;
  } finally {
    source.close();
  }
}
