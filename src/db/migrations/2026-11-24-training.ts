import { sql, type Kysely } from "kysely";

/**
 * The training log (care-rules §4): workouts, their sets, and the user's own exercises. Weights
 * are kg (units are a display setting); figures that may be fractional (minutes, RPE, kg, reps
 * from an export) are `double precision`, which SQLite reads as REAL. As in the first migration,
 * children reference their parent together with the user, so a set can never point at another
 * user's workout or exercise.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("user_exercises")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    // nameKey(name): "Cable Row" and "cable rows" are one exercise.
    .addColumn("name_key", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("user_exercises_id_user", ["id", "user_id"])
    .addUniqueConstraint("user_exercises_user_name", ["user_id", "name_key"])
    .execute();

  await db.schema
    .createTable("workouts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("started_at", "text", (c) => c.notNull())
    // Null only for an imported workout whose duration could not be read.
    .addColumn("minutes", "double precision")
    .addColumn("session_rpe", "double precision", (c) => c.check(sql`session_rpe between 0 and 10`))
    // 0/1, or null when unknown (imports): T-WARMUP then reads the sets.
    .addColumn("warm_up", "integer")
    .addColumn("cool_down", "integer")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("notes", "text")
    .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('manual', 'strong', 'hevy')`))
    // The importer's stable key; NULL keys do not collide, so manual workouts never clash.
    .addColumn("dedupe_key", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("workouts_id_user", ["id", "user_id"])
    .addUniqueConstraint("workouts_user_dedupe", ["user_id", "dedupe_key"])
    .execute();
  await db.schema.createIndex("workouts_user_started").on("workouts").columns(["user_id", "started_at"]).execute();

  await db.schema
    .createTable("workout_sets")
    .addColumn("workout_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("movement_id", "text")
    .addColumn("user_exercise_id", "text")
    .addColumn("set_type", "text", (c) => c.notNull().check(sql`set_type in ('normal', 'warmup', 'dropset', 'failure')`))
    .addColumn("reps", "double precision")
    // Null: a bodyweight set, not 0 kg.
    .addColumn("weight_kg", "double precision")
    .addColumn("rpe", "double precision", (c) => c.check(sql`rpe between 0 and 10`))
    .addColumn("seconds", "double precision")
    .addColumn("distance_m", "double precision")
    .addColumn("note", "text")
    .addPrimaryKeyConstraint("workout_sets_pk", ["workout_id", "position"])
    .addForeignKeyConstraint("workout_sets_workout", ["workout_id", "user_id"], "workouts", ["id", "user_id"], (fk) =>
      fk.onDelete("cascade"),
    )
    .addForeignKeyConstraint("workout_sets_user_exercise", ["user_exercise_id", "user_id"], "user_exercises", ["id", "user_id"])
    .addCheckConstraint("workout_sets_one_exercise", sql`(movement_id is null) <> (user_exercise_id is null)`)
    .execute();
  await db.schema.createIndex("workout_sets_user_exercise").on("workout_sets").column("user_exercise_id").execute();
}
