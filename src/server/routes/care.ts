import type { FastifyInstance } from "fastify";
import { parseCheckIn } from "../../core/checkin";
import { CheckInInputSchema } from "../../core/checkin/schema";
import { plan } from "../../core/plan";
import { PlanSchema } from "../../core/plan/schema";
import { triage } from "../../core/triage";
import { TriageResultSchema } from "../../core/triage/schema";
import { parseWith } from "../../core/validation";
import { unwrap } from "../errors";
import { routeSchema } from "../openapi";
import { PlanRequestSchema } from "../schemas/public";

const tags = ["care (no account)"];

/** POST /triage and /plan without an account: the same answers as the command line. */
export async function careRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    "/triage",
    {
      schema: routeSchema({
        summary: "Triage one check-in (care-rules §2)",
        tags,
        body: CheckInInputSchema,
        response: { 200: TriageResultSchema },
      }),
    },
    async (request) => triage(unwrap(parseCheckIn(request.body, app.clock()))),
  );

  app.post(
    "/plan",
    {
      schema: routeSchema({
        summary: "The recovery plan for one check-in, in a time zone (care-rules §3)",
        tags,
        body: PlanRequestSchema,
        response: { 200: PlanSchema },
      }),
    },
    async (request) => {
      const { timeZone } = unwrap(parseWith(PlanRequestSchema, request.body));
      // The raw check-in again, for what only parseCheckIn checks (onset after now, worst below now).
      const checkIn = unwrap(parseCheckIn((request.body as { checkIn: unknown }).checkIn, app.clock()), "checkIn");
      return plan(checkIn, timeZone);
    },
  );
}
