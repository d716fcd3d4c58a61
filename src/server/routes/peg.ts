import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { parseWith } from "../../core/validation";
import { peg } from "../../db/repos/peg";
import { requireUser } from "../auth/guard";
import { userOf } from "../context";
import { unwrap } from "../errors";
import { routeSchema } from "../openapi";
import { PegAnswerSchema, PegInputSchema } from "../schemas/peg";

const tags = ["diary"];

/** POST and GET /peg: the weekly PEG questions (care-rules §3). */
export async function pegRoutes(app: FastifyInstance): Promise<void> {
  app.addHook("onRequest", requireUser);

  app.post(
    "/peg",
    {
      schema: routeSchema({
        summary: "Answer the PEG questions for a week (a second answer for the same week replaces the first)",
        tags,
        session: true,
        body: PegInputSchema,
        response: { 201: PegAnswerSchema },
      }),
    },
    async (request, reply) => {
      const input = unwrap(parseWith(PegInputSchema, request.body));
      return reply.code(201).send(await peg(app.db, userOf(request).id).save(input, app.clock()));
    },
  );

  app.get(
    "/peg",
    { schema: routeSchema({ summary: "PEG answers by week", tags, session: true, response: { 200: z.array(PegAnswerSchema) } }) },
    async (request) => peg(app.db, userOf(request).id).list(),
  );
}
