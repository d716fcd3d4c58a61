import type { FastifyInstance } from "fastify";
import { httpError } from "./errors";

/** The dotted path of the first string inside `value` (an object or array) holding U+0000, if any. */
export function nulPath(value: unknown, path = ""): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, v] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const found = typeof v === "string" ? (v.includes("\u0000") ? at : undefined) : nulPath(v, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Refuses U+0000 in path parameters, the query and a JSON body (400 naming the field) before any
 * handler runs: PostgreSQL text cannot hold it, so it would end in a 500 there, while SQLite would
 * keep it. (The CSV import checks its text itself.)
 */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const field = nulPath(part);
      if (field !== undefined) throw httpError("invalid_value", `${field} must not contain a NUL character.`, field);
    }
  });
}
