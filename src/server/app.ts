import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import type { DB } from "../db/connect";
import type { ServerConfig } from "./config";
import "./context";
import { installDocs } from "./docs";
import { installErrorHandler } from "./error-handler";
import { httpError, notFound } from "./errors";
import { installNulGuard } from "./nul-guard";
import { authRoutes } from "./routes/auth";
import { careRoutes } from "./routes/care";
import { diaryRoutes } from "./routes/diary";
import { episodeRoutes } from "./routes/episodes";
import { healthRoutes } from "./routes/health";
import { meRoutes } from "./routes/me";
import { pegRoutes } from "./routes/peg";
import { trainingRoutes } from "./routes/training";
import { HELMET_OPTIONS, helmetHeaders, installSecurityHeaders } from "./security-headers";
import { installWebApp } from "./web";

export interface BuildOptions {
  db: DB;
  config: ServerConfig;
  /** The clock the server reads; tests may pin it. */
  clock?: () => Date;
}

/** Bodies are small JSON documents; 64 KB leaves room for a long note. */
export const BODY_LIMIT = 64 * 1024;

/**
 * The whole HTTP app, not yet listening (tests call `listen` on port 0; `serve` on the configured
 * port). The caller owns `db` and closes it after the app.
 */
export async function buildServer({ db, config, clock = () => new Date() }: BuildOptions): Promise<FastifyInstance> {
  const securityHeaders = helmetHeaders(HELMET_OPTIONS);
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    // Lets in-flight requests finish on close, but drops idle keep-alive sockets at once.
    forceCloseConnections: "idle",
    // A path that is not valid percent-encoding, or an id longer than any real one, is answered
    // before routing and hooks: without this, in Fastify's own shape and without our headers.
    frameworkErrors: (_err, _request, reply) =>
      (reply as FastifyReply).code(404).headers(securityHeaders).send({ error: notFound().body }),
  });
  app.decorate("db", db);
  app.decorate("config", config);
  app.decorate("clock", clock);
  app.decorateRequest("user", null);

  // zod parses every input inside the handlers (errors name the field in the catalogue's
  // terms); the route schemas only document the API, so neither Ajv nor the serializer uses them.
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  // JSON only: a cross-site form or text/plain POST (a "simple request" that skips CORS
  // preflight) is refused 415 before any handler runs. An empty JSON body reads as no body.
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) =>
    body === "" ? done(null, undefined) : parseJson(request, body as string, done),
  );

  // Once shutting down, in-flight answers close their keep-alive connection: an idle keep-alive
  // socket would otherwise hold close() open until it timed out.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    if (closing) reply.header("connection", "close");
    return payload;
  });

  installErrorHandler(app);
  installSecurityHeaders(app, securityHeaders);
  installNulGuard(app);
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      httpError("rate_limited", `Too many attempts; retry in ${context.after}.`),
  });
  await installDocs(app);

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(careRoutes);
      await api.register(meRoutes);
      await api.register(episodeRoutes);
      await api.register(diaryRoutes);
      await api.register(pegRoutes);
      await api.register(trainingRoutes);
    },
    { prefix: "/api/v1" },
  );
  await installWebApp(app, config.webDist);
  return app;
}
