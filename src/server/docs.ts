import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { SESSION_COOKIE } from "./auth/session";

/**
 * The OpenAPI document, generated from the routes' schemas (themselves generated from the zod
 * schemas), at /api/openapi.json, and a browsable page at /api/docs. Installed before the routes
 * so it sees them all.
 */
export async function installDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Backcoach API",
        version: "1",
        description:
          "Back and neck pain after exercise: triage, recovery plan, pain diary. Errors are " +
          "`{ error: { code, message, field? } }`; another user's id answers 404 like a missing one.",
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
