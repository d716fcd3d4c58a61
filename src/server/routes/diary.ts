import { TZDate } from "@date-fns/tz";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { parseWith } from "../../core/validation";
import { diary } from "../../db/repos/diary";
import { episodes } from "../../db/repos/episodes";
import { toStoredInstant } from "../../db/instant";
import { requireUser } from "../auth/guard";
import { userOf } from "../context";
import { httpError, notFound, unwrap } from "../errors";
import { routeSchema } from "../openapi";
import { DiaryEntryInputSchema, DiaryEntrySchema, DiaryQuerySchema } from "../schemas/diary";

const tags = ["diary"];

/** A phone's clock may run a little ahead of the server's; beyond that, a future entry is a mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A list bound as a stored instant. A bare date means that whole local day in the user's time
 * zone: `from` its first moment, `to` its last.
 */
export function boundInstant(bound: string, timeZone: string, edge: "from" | "to"): string {
  if (bound.includes("T")) return toStoredInstant(bound);
  const [y, m, d] = bound.split("-").map(Number) as [number, number, number];
  const start = new TZDate(y, m - 1, d + (edge === "to" ? 1 : 0), timeZone).getTime();
  return new Date(edge === "to" ? start - 1 : start).toISOString();
}

/** POST and GET /diary: the user's pain diary. */
export async function diaryRoutes(app: FastifyInstance): Promise<void> {
  app.addHook("onRequest", requireUser);

  app.post(
    "/diary",
    {
      schema: routeSchema({
        summary: "Add a diary entry; re-sending the same clientId answers 200 with the stored entry",
        tags,
        session: true,
        body: DiaryEntryInputSchema,
        response: { 201: DiaryEntrySchema, 200: DiaryEntrySchema },
      }),
    },
    async (request, reply) => {
      const user = userOf(request);
      const input = unwrap(parseWith(DiaryEntryInputSchema, request.body));
      const latest = app.clock().getTime() + CLOCK_SKEW_MS;
      if (Date.parse(input.at) > latest) throw httpError("future_date", "at must not be in the future.", "at");
      if (input.medication && Date.parse(input.medication.takenAt) > latest)
        throw httpError("future_date", "medication.takenAt must not be in the future.", "medication.takenAt");
      if (input.episodeId !== undefined && (await episodes(app.db, user.id).onsetOf(input.episodeId)) === undefined)
        throw notFound("episodeId");
      const { entry, created } = await diary(app.db, user.id).add(input, app.clock());
      return reply.code(created ? 201 : 200).send(entry);
    },
  );

  app.get<{ Querystring: unknown }>(
    "/diary",
    {
      schema: routeSchema({
        summary: "Diary entries ascending by time; from/to are instants or local dates (inclusive)",
        tags,
        session: true,
        query: DiaryQuerySchema,
        response: { 200: z.array(DiaryEntrySchema) },
      }),
    },
    async (request) => {
      const user = userOf(request);
      const q = unwrap(parseWith(DiaryQuerySchema, request.query));
      if (q.episodeId !== undefined && (await episodes(app.db, user.id).onsetOf(q.episodeId)) === undefined)
        throw notFound("episodeId");
      const tz = user.settings.timeZone;
      return diary(app.db, user.id).list({
        ...(q.from !== undefined && { from: boundInstant(q.from, tz, "from") }),
        ...(q.to !== undefined && { to: boundInstant(q.to, tz, "to") }),
        ...(q.episodeId !== undefined && { episodeId: q.episodeId }),
      });
    },
  );
}
