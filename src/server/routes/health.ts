import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { isReachable } from "../../db/connect";
import { routeSchema } from "../openapi";

/** GET /healthz: 200 when the database answers, for load balancers and supervisors. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    "/healthz",
    {
      schema: routeSchema({
        summary: "Liveness: the database answers",
        tags: ["health"],
        response: { 200: z.object({ ok: z.literal(true) }), 503: z.object({ ok: z.literal(false) }) },
      }),
    },
    async (_request, reply) => ((await isReachable(app.db)) ? { ok: true } : reply.code(503).send({ ok: false })),
  );
}
