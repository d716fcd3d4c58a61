import { randomUUID } from "node:crypto";
import type { Clearance } from "../../server/schemas/episodes";
import type { DB } from "../connect";
import { toStoredInstant } from "../instant";
import type { ClearancesTable } from "../schema";

export const toClearance = (r: Pick<ClearancesTable, "cleared_at" | "clinician" | "note">): Clearance => ({
  clearedAt: r.cleared_at,
  ...(r.clinician !== null && { clinician: r.clinician }),
  ...(r.note !== null && { note: r.note }),
});

/** A clinician's clearance to exercise again (lifts P-DOCTOR's limits), per episode of `userId`. */
export function clearances(db: DB, userId: string) {
  return {
    /** Records a clearance for an episode of this user's; the caller has checked that it exists. */
    async add(episodeId: string, c: Clearance, now: Date): Promise<Clearance> {
      const row = {
        id: randomUUID(),
        user_id: userId,
        episode_id: episodeId,
        cleared_at: toStoredInstant(c.clearedAt),
        clinician: c.clinician ?? null,
        note: c.note ?? null,
        created_at: toStoredInstant(now),
      };
      await db.insertInto("clearances").values(row).execute();
      return toClearance(row);
    },
  };
}
