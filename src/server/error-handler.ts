import type { FastifyError, FastifyInstance } from "fastify";
import { ERROR_CODES, type ApiError } from "../core/errors";
import { HttpError, STATUS } from "./errors";

/** Fastify's own errors that the caller caused, mapped to the catalogue. */
const FASTIFY_CODES: Record<string, ApiError> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: "unsupported_media_type", message: ERROR_CODES.unsupported_media_type },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "payload_too_large", message: ERROR_CODES.payload_too_large },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: "invalid_json", message: ERROR_CODES.invalid_json },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "invalid_json", message: ERROR_CODES.invalid_json },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: "invalid_value", message: "Content-Length does not match the body." },
  FST_ERR_BAD_URL: { code: "not_found", message: ERROR_CODES.not_found },
};

/**
 * One error handler for the whole app: every error leaves as `{ error: { code, message, field? } }`.
 * Errors that are not the caller's fault are logged and answered 500 without details.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let known: HttpError | undefined;
    if (err instanceof HttpError) known = err;
    else if (err.code && FASTIFY_CODES[err.code]) known = new HttpError(FASTIFY_CODES[err.code] as ApiError);
    if (known) return reply.code(known.statusCode).send({ error: known.body });
    // Any other client error a plugin raises keeps its status, in our shape.
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500)
      return reply.code(err.statusCode).send({ error: { code: "invalid_value", message: err.message } });
    request.log.error({ err }, "unhandled error");
    return reply.code(STATUS.internal).send({ error: { code: "internal", message: ERROR_CODES.internal } });
  });
}
