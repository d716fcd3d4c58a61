import { ERROR_CODES, type ApiError, type ErrorCode, type Result } from "../core/errors";

/** The HTTP status of every error code: 4xx for what the caller sent, 5xx only for our bugs. */
export const STATUS: Record<ErrorCode, number> = {
  required: 400,
  invalid_type: 400,
  invalid_value: 400,
  out_of_range: 400,
  unknown_field: 400,
  future_date: 400,
  invalid_json: 400,
  invalid_file: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthorized: 401,
  invalid_credentials: 401,
  not_found: 404,
  email_taken: 409,
  rate_limited: 429,
  internal: 500,
};

/** An error the API answers as `{ error: { code, message, field? } }` with its status. */
export class HttpError extends Error {
  readonly statusCode: number;
  constructor(readonly body: ApiError) {
    super(body.message);
    this.statusCode = STATUS[body.code];
  }
}

export const httpError = (code: ErrorCode, message: string = ERROR_CODES[code], field?: string): HttpError =>
  new HttpError(field === undefined ? { code, message } : { code, message, field });

/** Another user's resource answers exactly like a missing one. */
export const notFound = (field?: string): HttpError => httpError("not_found", ERROR_CODES.not_found, field);

/** The value of a Result, or the 4xx naming its field; `prefix` places it inside a larger body. */
export function unwrap<T>(r: Result<T>, prefix?: string): T {
  if (r.ok) return r.value;
  if (prefix === undefined) throw new HttpError(r.error);
  const field = r.error.field === undefined ? prefix : `${prefix}.${r.error.field}`;
  throw new HttpError({ ...r.error, field });
}
