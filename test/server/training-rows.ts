import type { DB } from "../../src/db/connect";

/** Every training row, in a stable order: compare two to show that a refused request wrote nothing. */
export async function trainingRows(db: DB): Promise<Record<string, unknown[]>> {
  return {
    workouts: await db.selectFrom("workouts").selectAll().orderBy("id").execute(),
    workout_sets: await db.selectFrom("workout_sets").selectAll().orderBy("workout_id").orderBy("position").execute(),
    user_exercises: await db.selectFrom("user_exercises").selectAll().orderBy("id").execute(),
  };
}
