import type { FastifyRequest } from "fastify";
import { findSessionUser } from "../../db/repos/sessions";
import type { Me } from "../schemas/account";
import { httpError } from "../errors";
import { SESSION_COOKIE, sessionId } from "./session";

/** The token in a validly signed session cookie, if any. */
export function sessionToken(request: FastifyRequest): string | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const { valid, value } = request.unsignCookie(raw);
  return valid && value ? value : undefined;
}

/** The user of the request's session, looked up in the database on every request. */
export async function sessionUser(request: FastifyRequest): Promise<Me | undefined> {
  const token = sessionToken(request);
  return token === undefined ? undefined : findSessionUser(request.server.db, sessionId(token), request.server.clock());
}

/** onRequest hook of every private route: 401 before anything else is read. */
export async function requireUser(request: FastifyRequest): Promise<void> {
  const user = await sessionUser(request);
  if (!user) throw httpError("unauthorized");
  request.user = user;
}
