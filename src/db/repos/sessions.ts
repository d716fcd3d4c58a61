import type { Me } from "../../server/schemas/account";
import { compiledQuery } from "../compiled";
import type { DB } from "../connect";
import { toStoredInstant } from "../instant";
import { toMe } from "./users";

/** Sessions live in the database, so every server process sees the same ones. */
export async function createSession(db: DB, s: { id: string; userId: string; now: Date; expiresAt: Date }) {
  await db
    .insertInto("sessions")
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: toStoredInstant(s.now),
      expires_at: toStoredInstant(s.expiresAt),
    })
    .execute();
}

const sessionUserQuery = compiledQuery((db, p: { id: string; now: string }) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.email", "users.time_zone", "users.units", "users.desk_worker"])
    .where("sessions.id", "=", p.id)
    .where("sessions.expires_at", ">", p.now),
);

/** The user of an unexpired session, with their settings: one query on two primary keys, on every signed-in request. */
export async function findSessionUser(db: DB, id: string, now: Date): Promise<Me | undefined> {
  const row = (await sessionUserQuery(db, { id, now: toStoredInstant(now) })).rows[0];
  return row && toMe(row);
}

export async function deleteSession(db: DB, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Housekeeping: expired sessions are useless, drop them (run at sign-in). */
export async function deleteExpiredSessions(db: DB, now: Date): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", toStoredInstant(now)).execute();
}
