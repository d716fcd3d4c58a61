import { createHash, randomBytes } from "node:crypto";
import type { CookieSerializeOptions } from "@fastify/cookie";
import type { FastifyRequest } from "fastify";

export const SESSION_COOKIE = "bc_session";
export const SESSION_DAYS = 30;

/** A fresh session: the token goes to the browser, only its hash to the database. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: sessionId(token) };
}

/** The stored id of a session token: its SHA-256, hex. */
export const sessionId = (token: string): string => createHash("sha256").update(token).digest("hex");

/**
 * HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs), Secure when the
 * request came over https (directly, or through a trusted proxy), signed with SESSION_SECRET.
 */
export function sessionCookieOptions(request: FastifyRequest, maxAgeSeconds: number): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: request.protocol === "https",
    signed: true,
    maxAge: maxAgeSeconds,
  };
}
