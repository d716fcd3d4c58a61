import type { z } from "zod";
import { fail, ok, type ApiError, type ErrorCode, type Result } from "./errors";

/** Dotted path of a zod issue: `flags.fever`, `regions.1`. */
const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join(".");

/** The value at a path of the raw input, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** Turns a zod issue into an API error that names the field (none when the whole input is wrong). */
export function toApiError(issue: z.core.$ZodIssue, input: unknown): ApiError {
  const base = pathOf(issue.path);
  if (!base && issue.code === "invalid_type") return { code: "invalid_type", message: "Expected a JSON object." };
  // However zod words it (a wrong type, a value not in an enum), an absent field is a missing one.
  if (base && issue.code !== "unrecognized_keys" && valueAt(input, issue.path) === undefined)
    return { code: "required", message: `${base} is required.`, field: base };
  const join = (key: string) => (base ? `${base}.${key}` : key);
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0] ?? "";
      return { code: "unknown_field", message: `Unknown field "${join(key)}".`, field: join(key) };
    }
    case "invalid_type":
      return { code: "invalid_type", message: `${base}: ${issue.message}.`, field: base };
    case "too_big":
    case "too_small": {
      const code: ErrorCode = issue.origin === "number" || issue.origin === "int" ? "out_of_range" : "invalid_value";
      return { code, message: `${base}: ${issue.message}.`, field: base };
    }
    case "custom": {
      const code = (issue.params?.code as ErrorCode | undefined) ?? "invalid_value";
      return { code, message: `${base}: ${issue.message}`, field: base };
    }
    default:
      return { code: "invalid_value", message: `${base}: ${issue.message}.`, field: base };
  }
}

/** Parses with a zod schema; the first problem becomes an error naming its field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const r = schema.safeParse(input);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0];
  return issue ? { ok: false, error: toApiError(issue, input) } : fail("invalid_value", "Invalid input.");
}
