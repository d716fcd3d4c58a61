import { randomUUID } from "node:crypto";
import { PostgresAdapter, sql } from "kysely";
import { movementById } from "../../core/training/movements/catalogue";
import { nameKey } from "../../core/training/movements/match";
import { preEpisodeWeeklyLoad } from "../../core/training/pre-episode";
import type { Workout, WorkoutSet } from "../../core/training/schema";
import { sessionLoad } from "../../core/training/session-load";
import { warmupCheck } from "../../core/training/warmup";
import { sessionRpeOf, workoutLoad } from "../../core/training/workout-load";
import type { WorkoutInput, WorkoutOut, WorkoutQuery } from "../../server/schemas/training";
import type { DB } from "../connect";
import { toStoredInstant } from "../instant";
import type { WorkoutSetsTable, WorkoutsTable } from "../schema";
import { userExercises } from "./user-exercises";

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const WORKOUT_BATCH = 500;
const SET_BATCH = 1000;

/** Groups of `size` (the last may be shorter), taken as `items` is iterated: a lazy source is never held whole. */
function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let part: T[] = [];
  for (const item of items) {
    part.push(item);
    if (part.length === size) {
      yield part;
      part = [];
    }
  }
  if (part.length > 0) yield part;
}

const bool = (v: number | null): boolean | null => (v === null ? null : v === 1);
const bit = (v: boolean | undefined | null): number | null => (v === undefined || v === null ? null : v ? 1 : 0);

type WorkoutRow = Omit<WorkoutsTable, "user_id" | "dedupe_key">;
type SetRow = Omit<WorkoutSetsTable, "user_id"> & { exercise_name: string | null };

const WORKOUT_COLUMNS = [
  "w.id",
  "w.started_at",
  "w.minutes",
  "w.session_rpe",
  "w.warm_up",
  "w.cool_down",
  "w.title",
  "w.notes",
  "w.source",
  "w.created_at",
  "w.updated_at",
] as const;

/** The set as the care core reads it: user exercises by name (their key groups them), catalogue ones by id. */
const coreSet = (s: SetRow): WorkoutSet => ({
  exercise: s.movement_id !== null ? (movementById(s.movement_id)?.name ?? s.movement_id) : (s.exercise_name ?? ""),
  exerciseId: s.movement_id,
  kind: s.set_type,
  weightKg: s.weight_kg,
  reps: s.reps,
  distanceM: s.distance_m,
  seconds: s.seconds,
  rpe: s.rpe,
});

/** A stored workout as the care core reads it; its id is the key. */
const coreWorkout = (w: WorkoutRow, sets: readonly SetRow[]): Workout & { id: string } => ({
  id: w.id,
  source: w.source === "manual" ? "app" : w.source,
  key: w.id,
  title: w.title,
  startedAt: w.started_at,
  minutes: w.minutes,
  rpe: w.session_rpe,
  ...(w.warm_up !== null && { warmUp: w.warm_up === 1 }),
  ...(w.cool_down !== null && { coolDown: w.cool_down === 1 }),
  sets: sets.map(coreSet),
});

function toOut(w: WorkoutRow, sets: readonly SetRow[]): WorkoutOut {
  const core = coreWorkout(w, sets);
  const load = workoutLoad(core);
  return {
    id: w.id,
    startedAt: w.started_at,
    minutes: w.minutes,
    sessionRpe: w.session_rpe,
    warmUp: bool(w.warm_up),
    coolDown: bool(w.cool_down),
    title: w.title,
    notes: w.notes,
    source: w.source,
    sets: sets.map((s, i) => ({
      exerciseId: s.movement_id ?? s.user_exercise_id ?? "",
      exercise: core.sets[i]!.exercise,
      setType: s.set_type,
      reps: s.reps,
      weightKg: s.weight_kg,
      rpe: s.rpe,
      seconds: s.seconds,
      distanceM: s.distance_m,
      note: s.note,
    })),
    load: { session: load.load, rpe: load.rpe, rpeSource: load.rpeSource, volume: load.volumeLoad },
    checks: warmupCheck(core),
    createdAt: w.created_at,
    updatedAt: w.updated_at,
  };
}

/** Where a set's exercise lives: exactly one of the two. */
export interface ExerciseRef {
  movementId: string | null;
  userExerciseId: string | null;
}

/** The workouts of `userId`, with their sets; every query is scoped to the user. */
export function workouts(db: DB, userId: string) {
  const selectSets = (tx: DB) =>
    tx
      .selectFrom("workout_sets as s")
      .leftJoin("user_exercises as e", (j) => j.onRef("e.id", "=", "s.user_exercise_id").onRef("e.user_id", "=", "s.user_id"))
      .select([
        "s.workout_id",
        "s.position",
        "s.movement_id",
        "s.user_exercise_id",
        "s.set_type",
        "s.reps",
        "s.weight_kg",
        "s.rpe",
        "s.seconds",
        "s.distance_m",
        "s.note",
        "e.name as exercise_name",
      ])
      .where("s.user_id", "=", userId);

  async function setsOf(tx: DB, ids: readonly string[]): Promise<Map<string, SetRow[]>> {
    const byWorkout = new Map<string, SetRow[]>(ids.map((id) => [id, []]));
    for (const part of chunks(ids, SET_BATCH)) {
      const rows = await selectSets(tx)
        .where("s.workout_id", "in", part)
        .orderBy("s.workout_id")
        .orderBy("s.position")
        .execute();
      for (const r of rows) byWorkout.get(r.workout_id)!.push(r);
    }
    return byWorkout;
  }

  const selectWorkouts = (tx: DB) => tx.selectFrom("workouts as w").select(WORKOUT_COLUMNS).where("w.user_id", "=", userId);

  async function withSets(tx: DB, rows: WorkoutRow[]): Promise<WorkoutOut[]> {
    const sets = await setsOf(
      tx,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toOut(r, sets.get(r.id)!));
  }

  async function getIn(tx: DB, id: string): Promise<WorkoutOut | undefined> {
    const row = await selectWorkouts(tx).where("w.id", "=", id).executeTakeFirst();
    return row && (await withSets(tx, [row]))[0];
  }

  const insertSets = async (tx: DB, workoutId: string, input: WorkoutInput, refs: readonly ExerciseRef[]) => {
    const rows = input.sets.map((s, i) => ({
      workout_id: workoutId,
      user_id: userId,
      position: i,
      movement_id: refs[i]!.movementId,
      user_exercise_id: refs[i]!.userExerciseId,
      set_type: s.setType,
      reps: s.reps ?? null,
      weight_kg: s.weightKg ?? null,
      rpe: s.rpe ?? null,
      seconds: s.seconds ?? null,
      distance_m: s.distanceM ?? null,
      note: s.note ?? null,
    }));
    for (const part of chunks(rows, SET_BATCH)) await tx.insertInto("workout_sets").values(part).execute();
  };

  const fields = (input: WorkoutInput) => ({
    started_at: toStoredInstant(input.startedAt),
    minutes: input.minutes,
    session_rpe: input.sessionRpe ?? null,
    warm_up: bit(input.warmUp),
    cool_down: bit(input.coolDown),
    title: input.title,
    notes: input.notes ?? null,
  });

  return {
    /** Logs a workout; `refs[i]` is where set i's exercise lives (the caller has resolved it for this user). */
    async create(input: WorkoutInput, refs: readonly ExerciseRef[], now: Date): Promise<WorkoutOut> {
      const id = randomUUID();
      const at = toStoredInstant(now);
      return db.transaction().execute(async (tx) => {
        await tx
          .insertInto("workouts")
          .values({ id, user_id: userId, ...fields(input), source: "manual", dedupe_key: null, created_at: at, updated_at: at })
          .execute();
        await insertSets(tx, id, input, refs);
        return (await getIn(tx, id))!;
      });
    },

    /** Replaces a workout and its sets whole; undefined when it is not this user's. Its source stays. */
    async replace(id: string, input: WorkoutInput, refs: readonly ExerciseRef[], now: Date): Promise<WorkoutOut | undefined> {
      return db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable("workouts")
          .set({ ...fields(input), updated_at: toStoredInstant(now) })
          .where("id", "=", id)
          .where("user_id", "=", userId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return undefined;
        await tx.deleteFrom("workout_sets").where("workout_id", "=", id).where("user_id", "=", userId).execute();
        await insertSets(tx, id, input, refs);
        return getIn(tx, id);
      });
    },

    /** Deletes a workout and its sets; false when it is not this user's. */
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom("workouts").where("id", "=", id).where("user_id", "=", userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    get: (id: string) => getIn(db, id),

    /** Newest first; bounds are stored instants, inclusive. */
    async list(range: { from?: string; to?: string; limit: WorkoutQuery["limit"] }): Promise<WorkoutOut[]> {
      let q = selectWorkouts(db);
      if (range.from !== undefined) q = q.where("w.started_at", ">=", range.from);
      if (range.to !== undefined) q = q.where("w.started_at", "<=", range.to);
      const rows = await q.orderBy("w.started_at", "desc").orderBy("w.id", "desc").limit(range.limit).execute();
      return withSets(db, rows);
    },

    /** The most recent workout by its start. */
    async latest(): Promise<WorkoutOut | undefined> {
      const row = await selectWorkouts(db).orderBy("w.started_at", "desc").orderBy("w.created_at", "desc").limit(1).executeTakeFirst();
      return row && (await withSets(db, [row]))[0];
    },

    /** Every workout with its sets, oldest first, as the care core reads them (the training summary). */
    async history(): Promise<(Workout & { id: string })[]> {
      const rows = await selectWorkouts(db).orderBy("w.started_at").orderBy("w.id").execute();
      const sets = new Map<string, SetRow[]>(rows.map((r) => [r.id, []]));
      const all = await selectSets(db)
        .orderBy("s.workout_id")
        .orderBy("s.position")
        .execute();
      for (const s of all) sets.get(s.workout_id)?.push(s);
      return rows.map((r) => coreWorkout(r, sets.get(r.id)!));
    },

    /**
     * P-RETURN's baseline for an episode: mean weekly session load of the 4 weeks before its
     * onset (loads estimated as in the summary); undefined when nothing was logged then.
     */
    async preEpisodeWeeklyLoad(onsetAt: string): Promise<number | undefined> {
      const onset = Date.parse(onsetAt);
      const rows = await db
        .selectFrom("workouts as w")
        .leftJoin("workout_sets as s", (j) => j.onRef("s.workout_id", "=", "w.id").onRef("s.user_id", "=", "w.user_id"))
        .select(["w.id", "w.started_at", "w.minutes", "w.session_rpe", sql<number | string | null>`avg(s.rpe)`.as("set_rpe")])
        .where("w.user_id", "=", userId)
        .where("w.started_at", ">=", toStoredInstant(new Date(onset - 28 * 86_400_000)))
        .where("w.started_at", "<", toStoredInstant(onsetAt))
        .groupBy(["w.id", "w.started_at", "w.minutes", "w.session_rpe"])
        .execute();
      return preEpisodeWeeklyLoad(
        rows.map((r) => {
          const { rpe } = sessionRpeOf(r.session_rpe, r.set_rpe === null ? null : Number(r.set_rpe));
          return { startMs: Date.parse(r.started_at), load: r.minutes === null ? null : sessionLoad(rpe, r.minutes) };
        }),
        onset,
      );
    },

    /**
     * Stores imported workouts in one transaction, in batches; workouts whose dedupe key is
     * already stored are left out (also when two imports race: the unique key decides). Exports'
     * own exercises become the user's exercises by name. Answers the workouts added.
     */
    async importParsed(parsed: readonly Workout[], now: Date): Promise<Workout[]> {
      const at = toStoredInstant(now);
      return db.transaction().execute(async (tx) => {
        const stored = new Set<string>();
        for (const part of chunks([...new Set(parsed.map((w) => w.key))], SET_BATCH)) {
          const rows = await tx.selectFrom("workouts").select("dedupe_key").where("user_id", "=", userId).where("dedupe_key", "in", part).execute();
          for (const r of rows) if (r.dedupe_key !== null) stored.add(r.dedupe_key);
        }
        const fresh: (Workout & { id: string })[] = [];
        for (const w of parsed)
          if (!stored.has(w.key)) {
            stored.add(w.key);
            fresh.push({ ...w, id: randomUUID() });
          }
        if (fresh.length === 0) return [];

        const own = fresh.flatMap((w) => w.sets.filter((s) => s.exerciseId === null).map((s) => s.exercise));
        const ownIds = await userExercises(tx, userId).ensure(own, now);

        const inserted = new Set<string>();
        for (const part of chunks(fresh, WORKOUT_BATCH)) {
          const rows = await tx
            .insertInto("workouts")
            .values(
              part.map((w) => ({
                id: w.id,
                user_id: userId,
                started_at: toStoredInstant(w.startedAt),
                minutes: w.minutes,
                session_rpe: w.rpe,
                warm_up: bit(w.warmUp),
                cool_down: bit(w.coolDown),
                title: w.title,
                notes: w.notes ?? null,
                source: w.source === "app" ? ("manual" as const) : w.source,
                dedupe_key: w.key,
                created_at: at,
                updated_at: at,
              })),
            )
            .onConflict((oc) => oc.columns(["user_id", "dedupe_key"]).doNothing())
            .returning("id")
            .execute();
          for (const r of rows) inserted.add(r.id);
        }
        const added = fresh.filter((w) => inserted.has(w.id));
        // PostgreSQL checks each set's foreign keys with a plan cached per connection; one cached
        // while the tables were a page long is a sequential scan, which turns 100,000 checks
        // against thousands of new workouts into minutes. Re-plan them for the tables as they are now.
        if (tx.getExecutor().adapter instanceof PostgresAdapter) await sql`discard plans`.execute(tx);
        // Made batch by batch as they are written: 100,000 set rows alive at once cost some 25 MB.
        const sets = function* () {
          for (const w of added)
            yield* w.sets.map((s, position) => ({
              workout_id: w.id,
              user_id: userId,
              position,
              movement_id: s.exerciseId,
              user_exercise_id: s.exerciseId === null ? ownIds.get(nameKey(s.exercise))! : null,
              set_type: s.kind,
              reps: s.reps,
              weight_kg: s.weightKg,
              rpe: s.rpe,
              seconds: s.seconds,
              distance_m: s.distanceM,
              note: s.note ?? null,
            }));
        };
        for (const part of chunks(sets(), SET_BATCH)) await tx.insertInto("workout_sets").values(part).execute();
        return added.map(({ id: _id, ...w }) => w);
      });
    },
  };
}
