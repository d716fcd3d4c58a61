import type { Compilable, CompiledQuery, QueryResult } from "kysely";
import type { DB } from "./connect";

/** Marks a placeholder among a compiled query's parameters; no real value starts with NUL. */
const MARK = "\u0000param:";

type Slot = { name: string } | { value: unknown };

interface Compiled<R> {
  query: CompiledQuery<R>;
  slots: Slot[];
}

/**
 * A hot query built and compiled by Kysely once per database, then run with new values: building
 * and compiling a query costs several times what SQLite takes to run it. `build` gets, in place of
 * each parameter, a placeholder string to use where that value goes (as a value, never spliced
 * into SQL); values Kysely binds itself, such as a `limit`, stay as built. Every parameter passed
 * must be used by `build`.
 */
export function compiledQuery<P extends object, R>(build: (db: DB, p: P) => Compilable<R>) {
  // By adapter: the SQL depends only on the dialect, and a transaction shares its database's adapter.
  const cache = new WeakMap<object, Compiled<R>>();
  const compile = (db: DB, names: string[]): Compiled<R> => {
    const placeholders = Object.fromEntries(names.map((n) => [n, MARK + n])) as unknown as P;
    const query = build(db, placeholders).compile();
    const slots = query.parameters.map((v): Slot =>
      typeof v === "string" && v.startsWith(MARK) ? { name: v.slice(MARK.length) } : { value: v },
    );
    const unused = names.filter((n) => !slots.some((s) => "name" in s && s.name === n));
    if (unused.length > 0) throw new Error(`compiledQuery: ${unused.join(", ")} not bound by the query`);
    return { query, slots };
  };

  return async (db: DB, values: P): Promise<QueryResult<R>> => {
    const adapter = db.getExecutor().adapter;
    let compiled = cache.get(adapter);
    if (!compiled) {
      compiled = compile(db, Object.keys(values));
      cache.set(adapter, compiled);
    }
    const named = values as Record<string, unknown>;
    const parameters = compiled.slots.map((s) => ("name" in s ? named[s.name] : s.value));
    return db.executeQuery<R>({ ...compiled.query, parameters });
  };
}
