import { sql, type Kysely } from "kysely";

/**
 * The first schema. Only portable types (text, integer) so the same migration runs on SQLite and
 * PostgreSQL. Every row that belongs to a user carries `user_id`, and child rows reference their
 * episode together with the user (a composite foreign key), so a row can never point at another
 * user's episode.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("email_key", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("units", "text", (c) => c.notNull().check(sql`units in ('kg', 'lb')`))
    .addColumn("desk_worker", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("episodes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("onset_at", "text", (c) => c.notNull())
    .addColumn("regions", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("episodes_id_user", ["id", "user_id"])
    .execute();
  await db.schema.createIndex("episodes_user_created").on("episodes").columns(["user_id", "created_at"]).execute();

  await db.schema
    .createTable("check_ins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("episode_id", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("check_in", "text", (c) => c.notNull())
    .addColumn("triage", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addForeignKeyConstraint("check_ins_episode", ["episode_id", "user_id"], "episodes", ["id", "user_id"], (fk) =>
      fk.onDelete("cascade"),
    )
    .execute();
  await db.schema.createIndex("check_ins_episode_at").on("check_ins").columns(["episode_id", "at"]).execute();

  await db.schema
    .createTable("diary_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("episode_id", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("pain_now", "integer", (c) => c.notNull())
    .addColumn("regions", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("medication_name", "text")
    .addColumn("medication_taken_at", "text")
    .addColumn("client_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addForeignKeyConstraint("diary_entries_episode", ["episode_id", "user_id"], "episodes", ["id", "user_id"])
    // NULL client ids do not collide: only entries sent with one are deduplicated.
    .addUniqueConstraint("diary_entries_user_client", ["user_id", "client_id"])
    .execute();
  await db.schema.createIndex("diary_entries_user_at").on("diary_entries").columns(["user_id", "at"]).execute();
  await db.schema.createIndex("diary_entries_episode_at").on("diary_entries").columns(["episode_id", "at"]).execute();

  await db.schema
    .createTable("peg_answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("week_of", "text", (c) => c.notNull())
    .addColumn("average_pain", "integer", (c) => c.notNull())
    .addColumn("enjoyment", "integer", (c) => c.notNull())
    .addColumn("activity", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("peg_answers_user_week", ["user_id", "week_of"])
    .execute();

  await db.schema
    .createTable("clearances")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("episode_id", "text", (c) => c.notNull())
    .addColumn("cleared_at", "text", (c) => c.notNull())
    .addColumn("clinician", "text")
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addForeignKeyConstraint("clearances_episode", ["episode_id", "user_id"], "episodes", ["id", "user_id"], (fk) =>
      fk.onDelete("cascade"),
    )
    .execute();
  await db.schema.createIndex("clearances_episode").on("clearances").columns(["episode_id", "cleared_at"]).execute();
}
