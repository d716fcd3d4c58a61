import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { parseWith } from "../../core/validation";
import { createSession, deleteExpiredSessions, deleteSession } from "../../db/repos/sessions";
import { createUser, emailKey, findLogin } from "../../db/repos/users";
import { sessionToken } from "../auth/guard";
import { hashPassword, verifyPassword } from "../auth/password";
import { SESSION_COOKIE, SESSION_DAYS, newSessionToken, sessionCookieOptions, sessionId } from "../auth/session";
import { httpError, unwrap } from "../errors";
import { routeSchema } from "../openapi";
import { CredentialsSchema, LoginSchema, SignedInSchema, type User } from "../schemas/account";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Starts a session: stored hashed in the database, the token in a signed cookie. */
async function startSession(request: FastifyRequest, reply: FastifyReply, user: User): Promise<void> {
  const { db, clock } = request.server;
  const now = clock();
  const { token, id } = newSessionToken();
  await createSession(db, { id, userId: user.id, now, expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS) });
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(request, SESSION_DAYS * 24 * 60 * 60));
}

/** Sign-up and sign-in: limited per client address and email, to slow password guessing. */
function rateLimit(app: FastifyInstance) {
  return {
    max: app.config.authRateLimit,
    timeWindow: "1 minute",
    // After the body is parsed, so the key can hold the email.
    hook: "preHandler" as const,
    keyGenerator: (request: FastifyRequest) => {
      const email = (request.body as { email?: unknown } | undefined)?.email;
      return `${request.ip}|${typeof email === "string" ? emailKey(email) : ""}`;
    },
  };
}

/** POST /auth/signup, /auth/login, /auth/logout. */
export async function authRoutes(app: FastifyInstance): Promise<void> {
  // A fixed hash to check against when the email is unknown, so both failures take as long.
  const decoy = await hashPassword("decoy password", app.config.scryptCost);

  app.post(
    "/auth/signup",
    {
      config: { rateLimit: rateLimit(app) },
      schema: routeSchema({ summary: "Create an account and sign in", tags: ["account"], body: CredentialsSchema, response: { 201: SignedInSchema } }),
    },
    async (request, reply) => {
      const { email, password } = unwrap(parseWith(CredentialsSchema, request.body));
      const passwordHash = await hashPassword(password, app.config.scryptCost);
      const user = await createUser(app.db, { email, passwordHash, now: app.clock() });
      if (!user) throw httpError("email_taken", undefined, "email");
      await startSession(request, reply, user);
      return reply.code(201).send({ user });
    },
  );

  app.post(
    "/auth/login",
    {
      config: { rateLimit: rateLimit(app) },
      schema: routeSchema({ summary: "Sign in", tags: ["account"], body: LoginSchema, response: { 200: SignedInSchema } }),
    },
    async (request, reply) => {
      const { email, password } = unwrap(parseWith(LoginSchema, request.body));
      const found = await findLogin(app.db, email);
      const matches = await verifyPassword(password, found?.passwordHash ?? decoy);
      if (!found || !matches) throw httpError("invalid_credentials");
      await deleteExpiredSessions(app.db, app.clock());
      const user = { id: found.id, email: found.email };
      await startSession(request, reply, user);
      return { user };
    },
  );

  app.post(
    "/auth/logout",
    { schema: routeSchema({ summary: "Sign out (ends the session on the server)", tags: ["account"], response: { 204: null } }) },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token !== undefined) await deleteSession(app.db, sessionId(token));
      reply.clearCookie(SESSION_COOKIE, { ...sessionCookieOptions(request, 0), signed: false });
      return reply.code(204).send();
    },
  );
}
