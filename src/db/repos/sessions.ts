import type { Me } from "../../server/schemas/account";
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

/** The user of an unexpired session, with their settings. */
export async function findSessionUser(db: DB, id: string, now: Date): Promise<Me | undefined> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.email", "users.time_zone", "users.units", "users.desk_worker"])
    .where("sessions.id", "=", id)
    .where("sessions.expires_at", ">", toStoredInstant(now))
    .executeTakeFirst();
  return row && toMe(row);
}

export async function deleteSession(db: DB, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Housekeeping: expired sessions are useless, drop them (run at sign-in). */
export async function deleteExpiredSessions(db: DB, now: Date): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", toStoredInstant(now)).execute();
}
