import { randomUUID } from "node:crypto";
import type { PegAnswer, PegInput } from "../../server/schemas/peg";
import type { DB } from "../connect";
import { toStoredInstant } from "../instant";
import type { PegAnswersTable } from "../schema";

const toAnswer = (r: Omit<PegAnswersTable, "user_id" | "created_at">): PegAnswer => ({
  id: r.id,
  weekOf: r.week_of,
  averagePain: r.average_pain,
  enjoyment: r.enjoyment,
  activity: r.activity,
  score: (r.average_pain + r.enjoyment + r.activity) / 3,
});

/** Weekly PEG answers of `userId`: one per week, a second answer for the same week replaces the first. */
export function peg(db: DB, userId: string) {
  return {
    async save(input: PegInput, now: Date): Promise<PegAnswer> {
      const values = { average_pain: input.averagePain, enjoyment: input.enjoyment, activity: input.activity };
      const row = await db
        .insertInto("peg_answers")
        .values({ id: randomUUID(), user_id: userId, week_of: input.weekOf, created_at: toStoredInstant(now), ...values })
        .onConflict((oc) => oc.columns(["user_id", "week_of"]).doUpdateSet(values))
        .returning(["id", "week_of", "average_pain", "enjoyment", "activity"])
        .executeTakeFirstOrThrow();
      return toAnswer(row);
    },

    /** Ascending by week. */
    async list(): Promise<PegAnswer[]> {
      const rows = await db
        .selectFrom("peg_answers")
        .select(["id", "week_of", "average_pain", "enjoyment", "activity"])
        .where("user_id", "=", userId)
        .orderBy("week_of")
        .execute();
      return rows.map(toAnswer);
    },
  };
}
