import { randomUUID } from "node:crypto";
import type { Region } from "../../core/checkin/schema";
import type { DiaryPoint } from "../../core/diary/schema";
import type { DiaryEntry, DiaryEntryInput } from "../../server/schemas/diary";
import { compiledQuery } from "../compiled";
import type { DB } from "../connect";
import { toStoredInstant } from "../instant";
import type { DiaryEntriesTable } from "../schema";

type Row = Omit<DiaryEntriesTable, "user_id" | "created_at">;
const COLUMNS = [
  "id",
  "episode_id",
  "at",
  "pain_now",
  "regions",
  "note",
  "medication_name",
  "medication_taken_at",
  "client_id",
] as const;

const toEntry = (r: Row): DiaryEntry => ({
  id: r.id,
  at: r.at,
  painNow: r.pain_now,
  regions: JSON.parse(r.regions) as Region[],
  note: r.note,
  episodeId: r.episode_id,
  medication:
    r.medication_name !== null && r.medication_taken_at !== null
      ? { name: r.medication_name, takenAt: r.medication_taken_at }
      : null,
  clientId: r.client_id,
});

/** Every column a parameter; a re-send racing another: the unique (user_id, client_id) key lets one through. */
const insertQuery = compiledQuery((db, p: DiaryEntriesTable) =>
  db
    .insertInto("diary_entries")
    .values(p)
    .onConflict((oc) => oc.columns(["user_id", "client_id"]).doNothing()),
);

export interface DiaryRange {
  /** Inclusive lower bound (stored instant form). */
  from?: string;
  /** Inclusive upper bound (stored instant form). */
  to?: string;
  episodeId?: string;
}

/** The pain diary of `userId`. */
export function diary(db: DB, userId: string) {
  const byClientId = (clientId: string) =>
    db
      .selectFrom("diary_entries")
      .select(COLUMNS)
      .where("user_id", "=", userId)
      .where("client_id", "=", clientId)
      .executeTakeFirst();

  return {
    /**
     * Adds an entry; `created` is false when an entry with the same clientId was already stored,
     * which is then answered instead (an offline re-send adds nothing). The caller has checked
     * that `episodeId`, if any, is this user's.
     */
    async add(input: DiaryEntryInput, now: Date): Promise<{ entry: DiaryEntry; created: boolean }> {
      if (input.clientId !== undefined) {
        const existing = await byClientId(input.clientId);
        if (existing) return { entry: toEntry(existing), created: false };
      }
      const row: Row = {
        id: randomUUID(),
        episode_id: input.episodeId ?? null,
        at: toStoredInstant(input.at),
        pain_now: input.painNow,
        regions: JSON.stringify(input.regions ?? []),
        note: input.note ?? null,
        medication_name: input.medication?.name ?? null,
        medication_taken_at: input.medication ? toStoredInstant(input.medication.takenAt) : null,
        client_id: input.clientId ?? null,
      };
      const result = await insertQuery(db, { ...row, user_id: userId, created_at: toStoredInstant(now) });
      if (Number(result.numAffectedRows ?? 0) === 1) return { entry: toEntry(row), created: true };
      const stored = input.clientId !== undefined ? await byClientId(input.clientId) : undefined;
      if (!stored) throw new Error("diary entry neither inserted nor found");
      return { entry: toEntry(stored), created: false };
    },

    /** Entries ascending by their moment. */
    async list(range: DiaryRange = {}): Promise<DiaryEntry[]> {
      let q = db.selectFrom("diary_entries").select(COLUMNS).where("user_id", "=", userId);
      if (range.from !== undefined) q = q.where("at", ">=", range.from);
      if (range.to !== undefined) q = q.where("at", "<=", range.to);
      if (range.episodeId !== undefined) q = q.where("episode_id", "=", range.episodeId);
      const rows = await q.orderBy("at").orderBy("created_at").orderBy("id").execute();
      return rows.map(toEntry);
    },

    /** The pain ratings of an episode up to a moment, as triage and the plan read them. */
    async points(episodeId: string, until: string): Promise<DiaryPoint[]> {
      const rows = await db
        .selectFrom("diary_entries")
        .select(["at", "pain_now"])
        .where("user_id", "=", userId)
        .where("episode_id", "=", episodeId)
        .where("at", "<=", toStoredInstant(until))
        .orderBy("at")
        .execute();
      return rows.map((r) => ({ at: r.at, painNow: r.pain_now }));
    },
  };
}
