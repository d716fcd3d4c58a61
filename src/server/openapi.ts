import type { FastifySchema } from "fastify";
import { z } from "zod";
import { ErrorSchema } from "./schemas/public";

/**
 * The JSON Schema of a zod schema, for the OpenAPI document only: requests are validated by the
 * zod schemas themselves (so errors name their field in our catalogue's terms). Request bodies are
 * described as sent (`input`), answers as produced (`output`).
 */
export function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
}

const errorResponse = { description: "An error from the catalogue", ...jsonSchema(ErrorSchema, "output") };

export interface RouteDoc {
  summary: string;
  tags: string[];
  body?: z.ZodType;
  query?: z.ZodType;
  /** Status → answer schema (`null`: no body). */
  response: Record<number, z.ZodType | null>;
  /** Needs a session cookie. */
  session?: boolean;
}

/** A route's `schema` option, read by @fastify/swagger. */
export function routeSchema(doc: RouteDoc): FastifySchema {
  const response: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(doc.response))
    response[status] = schema ? { description: "OK", ...jsonSchema(schema, "output") } : { description: "No content", type: "null" };
  response["4xx"] = errorResponse;
  return {
    summary: doc.summary,
    tags: doc.tags,
    ...(doc.body && { body: jsonSchema(doc.body, "input") }),
    ...(doc.query && { querystring: jsonSchema(doc.query, "input") }),
    ...(doc.session && { security: [{ session: [] }] }),
    response,
  };
}
