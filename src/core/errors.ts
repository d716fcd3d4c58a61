/**
 * Every error code the API and the command line can answer. Clients and tests
 * match on `code`, never on `message`.
 */
export const ERROR_CODES = {
  required: "A required field is missing.",
  invalid_type: "A field has the wrong type.",
  invalid_value: "A field has a value that is not allowed.",
  out_of_range: "A number is outside its allowed range.",
  unknown_field: "A field is not part of the schema.",
  future_date: "A date lies in the future.",
  invalid_json: "The body or line is not valid JSON.",
  unsupported_media_type: "Only application/json bodies are accepted.",
  payload_too_large: "The body is larger than allowed.",
  unauthorized: "Sign in first.",
  invalid_credentials: "Wrong email or password.",
  email_taken: "An account with this email exists.",
  not_found: "No such resource.",
  rate_limited: "Too many attempts; wait and retry.",
  invalid_file: "The file cannot be read in this format.",
  internal: "Something went wrong on our side.",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});
