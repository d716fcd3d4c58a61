import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { parseCheckIn, parseFollowUp } from "../../core/checkin";
import { CheckInInputSchema, FollowUpInputSchema } from "../../core/checkin/schema";
import { plan } from "../../core/plan";
import { PlanSchema } from "../../core/plan/schema";
import { triage } from "../../core/triage";
import { parseWith } from "../../core/validation";
import { clearances } from "../../db/repos/clearances";
import { diary } from "../../db/repos/diary";
import { episodes } from "../../db/repos/episodes";
import { requireUser } from "../auth/guard";
import { planInputOf } from "../plan-input";
import { userOf } from "../context";
import { httpError, notFound, unwrap } from "../errors";
import { routeSchema } from "../openapi";
import {
  CheckInRecordSchema,
  ClearanceInputSchema,
  ClearanceSchema,
  EpisodeSchema,
  EpisodeSummarySchema,
  PlanQuerySchema,
} from "../schemas/episodes";

type WithId = { Params: { id: string } };
const tags = ["episodes"];

/** Episodes, their check-ins (each triaged), plans and clearances; only ever the user's own. */
export async function episodeRoutes(app: FastifyInstance): Promise<void> {
  app.addHook("onRequest", requireUser);
  const repos = (userId: string) => ({
    episodes: episodes(app.db, userId),
    diary: diary(app.db, userId),
    clearances: clearances(app.db, userId),
  });

  app.post(
    "/episodes",
    {
      schema: routeSchema({
        summary: "Open an episode with its first check-in (care-rules §1); answers it triaged",
        tags,
        session: true,
        body: CheckInInputSchema,
        response: { 201: EpisodeSchema },
      }),
    },
    async (request, reply) => {
      const now = app.clock();
      const checkIn = unwrap(parseCheckIn(request.body, now));
      const episode = await repos(userOf(request).id).episodes.create({ checkIn, triage: triage(checkIn) }, now);
      return reply.code(201).send(episode);
    },
  );

  app.get(
    "/episodes",
    {
      schema: routeSchema({
        summary: "The user's episodes, newest first",
        tags,
        session: true,
        response: { 200: z.array(EpisodeSummarySchema) },
      }),
    },
    async (request) => repos(userOf(request).id).episodes.list(),
  );

  app.get<WithId>(
    "/episodes/:id",
    { schema: routeSchema({ summary: "One episode with all its check-ins", tags, session: true, response: { 200: EpisodeSchema } }) },
    async (request) => {
      const episode = await repos(userOf(request).id).episodes.get(request.params.id);
      if (!episode) throw notFound();
      return episode;
    },
  );

  app.post<WithId>(
    "/episodes/:id/checkins",
    {
      schema: routeSchema({
        summary: "A later check-in (no onsetAt); triaged with the episode's diary",
        tags,
        session: true,
        body: FollowUpInputSchema,
        response: { 201: CheckInRecordSchema },
      }),
    },
    async (request, reply) => {
      const r = repos(userOf(request).id);
      const onsetAt = await r.episodes.onsetOf(request.params.id);
      if (onsetAt === undefined) throw notFound();
      const now = app.clock();
      const checkIn = unwrap(parseFollowUp(request.body, onsetAt, now));
      const points = await r.diary.points(request.params.id, checkIn.now);
      const record = await r.episodes.addCheckIn(request.params.id, { checkIn, triage: triage(checkIn, points) }, now);
      return reply.code(201).send(record);
    },
  );

  app.get<WithId & { Querystring: unknown }>(
    "/episodes/:id/plan",
    {
      schema: routeSchema({
        summary: "The recovery plan from the latest check-in, as the CLI prints it (tz defaults to the user's)",
        tags,
        session: true,
        query: PlanQuerySchema,
        response: { 200: PlanSchema },
      }),
    },
    async (request) => {
      const user = userOf(request);
      const input = await planInputOf(app.db, user, request.params.id);
      if (!input) throw notFound();
      const { tz } = unwrap(parseWith(PlanQuerySchema, request.query));
      return plan(input.checkIn, tz ?? user.settings.timeZone, input.context);
    },
  );

  app.post<WithId>(
    "/episodes/:id/clearance",
    {
      schema: routeSchema({
        summary: "Record that a clinician cleared the user to exercise again (lifts P-DOCTOR's limits)",
        tags,
        session: true,
        body: ClearanceInputSchema,
        response: { 201: ClearanceSchema },
      }),
    },
    async (request, reply) => {
      const r = repos(userOf(request).id);
      if ((await r.episodes.onsetOf(request.params.id)) === undefined) throw notFound();
      const input = unwrap(parseWith(ClearanceInputSchema, request.body ?? {}));
      const now = app.clock();
      const clearedAt = input.clearedAt ?? now.toISOString();
      if (Date.parse(clearedAt) > now.getTime())
        throw httpError("future_date", "clearedAt must not be in the future.", "clearedAt");
      const clearance = await r.clearances.add(request.params.id, { ...input, clearedAt }, now);
      return reply.code(201).send(clearance);
    },
  );
}
