import { randomUUID } from "node:crypto";
import { movementById } from "../../core/training/movements/catalogue";
import { nameKey } from "../../core/training/movements/match";
import type { DB } from "../connect";
import { toStoredInstant } from "../instant";
import type { ExerciseRef } from "./workouts";

/** Lookups per query: well under both engines' bound-parameter limits. */
const BATCH = 1000;

export interface UserExercise {
  id: string;
  name: string;
}

/**
 * The exercises `userId` defined (or an import brought in) that the catalogue does not know.
 * Names are unique per user by their spelling-proof key, so "Cable Row" and "cable rows" are one.
 */
export function userExercises(db: DB, userId: string) {
  return {
    /** By name. */
    async list(): Promise<UserExercise[]> {
      return db.selectFrom("user_exercises").select(["id", "name"]).where("user_id", "=", userId).orderBy("name").orderBy("id").execute();
    },

    /** Adds an exercise; one with the same name key is answered instead (`created` false). */
    async add(name: string, now: Date): Promise<{ exercise: UserExercise; created: boolean }> {
      const id = randomUUID();
      const key = nameKey(name);
      const result = await db
        .insertInto("user_exercises")
        .values({ id, user_id: userId, name, name_key: key, created_at: toStoredInstant(now) })
        .onConflict((oc) => oc.columns(["user_id", "name_key"]).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) return { exercise: { id, name }, created: true };
      const stored = await db
        .selectFrom("user_exercises")
        .select(["id", "name"])
        .where("user_id", "=", userId)
        .where("name_key", "=", key)
        .executeTakeFirstOrThrow();
      return { exercise: stored, created: false };
    },

    /**
     * Where each id's exercise lives: a catalogue movement, or one of this user's exercises;
     * undefined for an id that is neither (another user's exercise included).
     */
    async resolve(ids: readonly string[]): Promise<(ExerciseRef | undefined)[]> {
      const own = [...new Set(ids.filter((id) => !movementById(id)))];
      const found = new Set<string>();
      for (let i = 0; i < own.length; i += BATCH) {
        const rows = await db
          .selectFrom("user_exercises")
          .select("id")
          .where("user_id", "=", userId)
          .where("id", "in", own.slice(i, i + BATCH))
          .execute();
        for (const r of rows) found.add(r.id);
      }
      return ids.map((id) =>
        movementById(id) ? { movementId: id, userExerciseId: null } : found.has(id) ? { movementId: null, userExerciseId: id } : undefined,
      );
    },

    /** The ids of these names' exercises, by name key, creating the missing ones (imports). */
    async ensure(names: readonly string[], now: Date): Promise<Map<string, string>> {
      const byKey = new Map<string, string>();
      for (const n of names) {
        const key = nameKey(n);
        if (!byKey.has(key)) byKey.set(key, n);
      }
      const keys = [...byKey.keys()];
      const ids = new Map<string, string>();
      for (let i = 0; i < keys.length; i += BATCH) {
        const part = keys.slice(i, i + BATCH);
        await db
          .insertInto("user_exercises")
          .values(part.map((k) => ({ id: randomUUID(), user_id: userId, name: byKey.get(k)!, name_key: k, created_at: toStoredInstant(now) })))
          .onConflict((oc) => oc.columns(["user_id", "name_key"]).doNothing())
          .execute();
        const rows = await db.selectFrom("user_exercises").select(["id", "name_key"]).where("user_id", "=", userId).where("name_key", "in", part).execute();
        for (const r of rows) ids.set(r.name_key, r.id);
      }
      return ids;
    },
  };
}
