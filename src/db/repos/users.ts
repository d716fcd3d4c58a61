import { randomUUID } from "node:crypto";
import type { Me, Settings, SettingsPatch, User } from "../../server/schemas/account";
import type { DB } from "../connect";
import { toStoredInstant } from "../instant";
import type { UsersTable } from "../schema";

/** The key that makes emails differing only in case one account. */
export const emailKey = (email: string): string => email.trim().normalize("NFC").toLowerCase();

export const DEFAULT_SETTINGS: Settings = { timeZone: "UTC", units: "kg", deskWorker: false };

type Row = Pick<UsersTable, "id" | "email" | "time_zone" | "units" | "desk_worker">;
export const USER_COLUMNS = ["id", "email", "time_zone", "units", "desk_worker"] as const;
export const toMe = (r: Row): Me => ({
  id: r.id,
  email: r.email,
  settings: { timeZone: r.time_zone, units: r.units, deskWorker: r.desk_worker === 1 },
});

/** Creates an account; undefined when the email is taken (also under a race: the unique key decides). */
export async function createUser(
  db: DB,
  input: { email: string; passwordHash: string; now: Date },
): Promise<User | undefined> {
  const id = randomUUID();
  const email = input.email.trim();
  const result = await db
    .insertInto("users")
    .values({
      id,
      email,
      email_key: emailKey(email),
      password_hash: input.passwordHash,
      time_zone: DEFAULT_SETTINGS.timeZone,
      units: DEFAULT_SETTINGS.units,
      desk_worker: DEFAULT_SETTINGS.deskWorker ? 1 : 0,
      created_at: toStoredInstant(input.now),
    })
    .onConflict((oc) => oc.column("email_key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? { id, email } : undefined;
}

/** The account and its password hash, for signing in. */
export async function findLogin(db: DB, email: string): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom("users")
    .select(["id", "email", "password_hash"])
    .where("email_key", "=", emailKey(email))
    .executeTakeFirst();
  return row && { id: row.id, email: row.email, passwordHash: row.password_hash };
}

/** The signed-in user's own account. */
export function account(db: DB, userId: string) {
  return {
    async get(): Promise<Me | undefined> {
      const row = await db.selectFrom("users").select(USER_COLUMNS).where("id", "=", userId).executeTakeFirst();
      return row && toMe(row);
    },
    async updateSettings(patch: SettingsPatch): Promise<Settings | undefined> {
      const values = {
        ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
        ...(patch.units !== undefined && { units: patch.units }),
        ...(patch.deskWorker !== undefined && { desk_worker: patch.deskWorker ? 1 : 0 }),
      };
      if (Object.keys(values).length > 0) await db.updateTable("users").set(values).where("id", "=", userId).execute();
      return (await this.get())?.settings;
    },
  };
}
