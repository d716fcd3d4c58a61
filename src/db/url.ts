/** Where the data lives: an SQLite file (the default) or a PostgreSQL server. */
export type DatabaseTarget = { engine: "sqlite"; file: string } | { engine: "postgres"; url: string };

export const DEFAULT_DATABASE_URL = "sqlite:data/backcoach.sqlite";

/**
 * Reads DATABASE_URL: `sqlite:PATH` (relative paths from the working directory; `sqlite::memory:`
 * for a throw-away database) or a `postgres://` / `postgresql://` URL.
 *
 * @example parseDatabaseUrl("sqlite:data/backcoach.sqlite") // { engine: "sqlite", file: "data/backcoach.sqlite" }
 */
export function parseDatabaseUrl(url: string = DEFAULT_DATABASE_URL): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { engine: "postgres", url };
  const m = /^sqlite:(?:\/\/)?(.+)$/i.exec(url);
  if (m?.[1]) return { engine: "sqlite", file: m[1] };
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url}")`);
}
