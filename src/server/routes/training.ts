import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { plan } from "../../core/plan";
import { dayToDate, localDayOf } from "../../core/training/day";
import { matchMovement } from "../../core/training/movements/match";
import { movementById, MOVEMENTS } from "../../core/training/movements/catalogue";
import type { Movement } from "../../core/training/movements/schema";
import { returnFromPlan } from "../../core/training/return-week";
import { trainingSummary, type ReturnWeek } from "../../core/training/summary";
import { parseWith } from "../../core/validation";
import type { DB } from "../../db/connect";
import { episodes } from "../../db/repos/episodes";
import { userExercises, type UserExercise } from "../../db/repos/user-exercises";
import { workouts, type ExerciseRef } from "../../db/repos/workouts";
import { importExport } from "../../io/persist";
import { requireUser } from "../auth/guard";
import { planInputOf } from "../plan-input";
import { userOf } from "../context";
import { httpError, notFound, unwrap } from "../errors";
import { routeSchema } from "../openapi";
import type { Me } from "../schemas/account";
import {
  ExerciseInputSchema,
  ExerciseSchema,
  ImportQuerySchema,
  ImportSummarySchema,
  SummaryQuerySchema,
  TrainingSummarySchema,
  WorkoutInputSchema,
  WorkoutQuerySchema,
  WorkoutSchema,
  type Exercise,
  type WorkoutInput,
} from "../schemas/training";
import { boundInstant } from "./diary";

type WithId = { Params: { id: string } };
const tags = ["training"];

/** An export of several years is a few MB; this route alone takes bodies this large. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
/** A workout "now" may start a little ahead of the server's clock (a phone's clock runs fast). */
const CLOCK_SKEW_MS = 5 * 60_000;

const fromMovement = (m: Movement): Exercise => ({
  id: m.id,
  name: m.name,
  kind: "catalogue",
  category: m.category,
  loadsSpine: m.loadsSpine,
  swapTo: m.swapTo,
});
const fromUser = (e: UserExercise): Exercise => ({ id: e.id, name: e.name, kind: "user", category: null, loadsSpine: null, swapTo: [] });

/** Where each set's exercise lives; an id that is not the catalogue's nor the user's answers 404 naming the set. */
async function resolveSets(db: DB, userId: string, input: WorkoutInput): Promise<ExerciseRef[]> {
  const refs = await userExercises(db, userId).resolve(input.sets.map((s) => s.exerciseId));
  const missing = refs.findIndex((r) => r === undefined);
  if (missing >= 0) throw notFound(`sets.${missing}.exerciseId`);
  return refs as ExerciseRef[];
}

/**
 * P-RETURN's week in force today for the user's latest episode: its plan is made as the plan
 * route makes it, with the pre-episode weekly load; null when that plan caps no training today.
 */
async function currentReturnWeek(db: DB, user: Me, timeZone: string, today: string): Promise<ReturnWeek | null> {
  const [latest] = await episodes(db, user.id).list();
  if (!latest) return null;
  const input = await planInputOf(db, user, latest.id);
  const pre = input?.context.preEpisodeWeeklyLoad;
  if (!input || pre === undefined) return null;
  return returnFromPlan(plan(input.checkIn, timeZone, input.context), today, latest.id, pre);
}

/** The training log (care-rules §4): workouts, exercises, the load summary and imports; only ever the user's own. */
export async function trainingRoutes(app: FastifyInstance): Promise<void> {
  app.addHook("onRequest", requireUser);

  const parseWorkout = (body: unknown): WorkoutInput => {
    const input = unwrap(parseWith(WorkoutInputSchema, body));
    if (Date.parse(input.startedAt) > app.clock().getTime() + CLOCK_SKEW_MS)
      throw httpError("future_date", "startedAt must not be in the future.", "startedAt");
    return input;
  };

  app.post(
    "/workouts",
    {
      schema: routeSchema({
        summary: "Log a workout with its sets (weights in kg); answers it with its load and T-WARMUP checks",
        tags,
        session: true,
        body: WorkoutInputSchema,
        response: { 201: WorkoutSchema },
      }),
    },
    async (request, reply) => {
      const user = userOf(request);
      const input = parseWorkout(request.body);
      const refs = await resolveSets(app.db, user.id, input);
      return reply.code(201).send(await workouts(app.db, user.id).create(input, refs, app.clock()));
    },
  );

  app.get<{ Querystring: unknown }>(
    "/workouts",
    {
      schema: routeSchema({
        summary: "Workouts newest first; from/to are instants or local dates (inclusive); limit 1–1000 (default 100)",
        tags,
        session: true,
        query: WorkoutQuerySchema,
        response: { 200: z.array(WorkoutSchema) },
      }),
    },
    async (request) => {
      const user = userOf(request);
      const q = unwrap(parseWith(WorkoutQuerySchema, request.query));
      const tz = user.settings.timeZone;
      return workouts(app.db, user.id).list({
        limit: q.limit,
        ...(q.from !== undefined && { from: boundInstant(q.from, tz, "from") }),
        ...(q.to !== undefined && { to: boundInstant(q.to, tz, "to") }),
      });
    },
  );

  app.post(
    "/workouts/repeat-last",
    {
      schema: routeSchema({
        summary: "Start a new workout now with the exercises and sets of the latest one (not yet rated, no warm-up recorded)",
        tags,
        session: true,
        response: { 201: WorkoutSchema },
      }),
    },
    async (request, reply) => {
      const user = userOf(request);
      const repo = workouts(app.db, user.id);
      const last = await repo.latest();
      if (!last) throw notFound();
      const now = app.clock();
      const input: WorkoutInput = {
        startedAt: now.toISOString(),
        minutes: last.minutes ?? 60,
        sessionRpe: null,
        warmUp: false,
        coolDown: false,
        title: last.title,
        sets: last.sets.map((s) => ({
          exerciseId: s.exerciseId,
          setType: s.setType,
          reps: s.reps,
          weightKg: s.weightKg,
          rpe: s.rpe,
          seconds: s.seconds,
          distanceM: s.distanceM,
        })),
      };
      const refs = await resolveSets(app.db, user.id, input);
      return reply.code(201).send(await repo.create(input, refs, now));
    },
  );

  app.get<WithId>(
    "/workouts/:id",
    { schema: routeSchema({ summary: "One workout with its sets", tags, session: true, response: { 200: WorkoutSchema } }) },
    async (request) => {
      const found = await workouts(app.db, userOf(request).id).get(request.params.id);
      if (!found) throw notFound();
      return found;
    },
  );

  app.put<WithId>(
    "/workouts/:id",
    {
      schema: routeSchema({
        summary: "Replace a workout and its sets whole",
        tags,
        session: true,
        body: WorkoutInputSchema,
        response: { 200: WorkoutSchema },
      }),
    },
    async (request) => {
      const user = userOf(request);
      const repo = workouts(app.db, user.id);
      if (!(await repo.get(request.params.id))) throw notFound();
      const input = parseWorkout(request.body);
      const refs = await resolveSets(app.db, user.id, input);
      const updated = await repo.replace(request.params.id, input, refs, app.clock());
      if (!updated) throw notFound();
      return updated;
    },
  );

  app.delete<WithId>(
    "/workouts/:id",
    { schema: routeSchema({ summary: "Delete a workout and its sets", tags, session: true, response: { 204: null } }) },
    async (request, reply) => {
      if (!(await workouts(app.db, userOf(request).id).remove(request.params.id))) throw notFound();
      return reply.code(204).send();
    },
  );

  app.get(
    "/exercises",
    {
      schema: routeSchema({
        summary: "The catalogue's movements, then the user's own exercises",
        tags,
        session: true,
        response: { 200: z.array(ExerciseSchema) },
      }),
    },
    async (request) => [...MOVEMENTS.map(fromMovement), ...(await userExercises(app.db, userOf(request).id).list()).map(fromUser)],
  );

  app.post(
    "/exercises",
    {
      schema: routeSchema({
        summary: "Add an exercise of your own; a name the catalogue or the user already has answers 200 with that exercise",
        tags,
        session: true,
        body: ExerciseInputSchema,
        response: { 201: ExerciseSchema, 200: ExerciseSchema },
      }),
    },
    async (request, reply) => {
      const { name } = unwrap(parseWith(ExerciseInputSchema, request.body));
      const known = matchMovement(name);
      if (known) return reply.code(200).send(fromMovement(movementById(known)!));
      const { exercise, created } = await userExercises(app.db, userOf(request).id).add(name, app.clock());
      return reply.code(created ? 201 : 200).send(fromUser(exercise));
    },
  );

  app.get<{ Querystring: unknown }>(
    "/training/summary",
    {
      schema: routeSchema({
        summary: "Daily load with ACWR (EWMA and rolling), this week against last, warnings with what to do, pain links with swaps, and the P-RETURN cap",
        tags,
        session: true,
        query: SummaryQuerySchema,
        response: { 200: TrainingSummarySchema },
      }),
    },
    async (request) => {
      const user = userOf(request);
      const q = unwrap(parseWith(SummaryQuerySchema, request.query));
      const timeZone = q.tz ?? user.settings.timeZone;
      const now = app.clock().getTime();
      const today = dayToDate(localDayOf(timeZone)(now));
      const [history, episodeList, returnWeek] = await Promise.all([
        workouts(app.db, user.id).history(),
        episodes(app.db, user.id).list(),
        currentReturnWeek(app.db, user, timeZone, today),
      ]);
      return trainingSummary({
        workouts: history,
        onsets: episodeList.map((e) => e.onsetAt),
        timeZone,
        now,
        days: q.days,
        units: user.settings.units,
        returnWeek,
      });
    },
  );

  // The one route that reads CSV: its parser and its larger body limit live in this child
  // context only, so every other route stays JSON-only with the app's small limit.
  await app.register(async (csv) => {
    csv.addContentTypeParser("text/csv", { parseAs: "string", bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
    csv.post<{ Querystring: unknown }>(
      "/import",
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          ...routeSchema({
            summary: "Import a Strong or Hevy CSV export (body: the file, text/csv); a second import of the same file adds nothing",
            tags,
            session: true,
            query: ImportQuerySchema,
            response: { 200: ImportSummarySchema },
          }),
          consumes: ["text/csv"],
          body: { type: "string", description: "The CSV export" },
        },
      },
      async (request) => {
        const user = userOf(request);
        const q = unwrap(parseWith(ImportQuerySchema, request.query));
        if (typeof request.body !== "string") throw httpError("unsupported_media_type", "Send the export as a text/csv body.");
        if (!request.body.trim()) throw httpError("invalid_file", "The file is empty.", "file");
        // PostgreSQL text cannot hold U+0000, and no export has one.
        if (request.body.includes("\u0000")) throw httpError("invalid_file", "The file contains a NUL character.", "file");
        const result = unwrap(
          await importExport(
            app.db,
            { id: user.id, units: user.settings.units },
            { format: q.format, text: request.body, timeZone: q.tz ?? user.settings.timeZone },
            app.clock(),
          ),
        );
        return { workouts: result.workouts, sets: result.sets, exercises: result.exercises, skipped: result.skipped };
      },
    );
  });
}
