import { randomUUID } from "node:crypto";
import type { CheckIn, Region } from "../../core/checkin/schema";
import type { TriageResult } from "../../core/triage/schema";
import type { CheckInRecord, Episode, EpisodeSummary } from "../../server/schemas/episodes";
import { compiledQuery } from "../compiled";
import type { DB } from "../connect";
import { toStoredInstant } from "../instant";
import type { CheckInsTable } from "../schema";
import { toClearance } from "./clearances";

export interface Assessed {
  checkIn: CheckIn;
  triage: TriageResult;
}

const toRecord = (r: Pick<CheckInsTable, "id" | "at" | "check_in" | "triage">): CheckInRecord => ({
  id: r.id,
  at: r.at,
  checkIn: JSON.parse(r.check_in) as CheckIn,
  triage: JSON.parse(r.triage) as TriageResult,
});

/** A row per check-in of an episode, in order, each carrying the episode and its latest clearance. */
const episodeQuery = compiledQuery((db, p: { id: string; userId: string }) =>
  db
    .selectFrom("episodes as e")
    .innerJoin("check_ins as c", (j) => j.onRef("c.episode_id", "=", "e.id").onRef("c.user_id", "=", "e.user_id"))
    .leftJoin("clearances as cl", (j) =>
      j.on((eb) =>
        eb(
          "cl.id",
          "=",
          eb
            .selectFrom("clearances as l")
            .select("l.id")
            .whereRef("l.episode_id", "=", "e.id")
            .whereRef("l.user_id", "=", "e.user_id")
            .orderBy("l.cleared_at", "desc")
            .orderBy("l.created_at", "desc")
            .limit(1),
        ),
      ),
    )
    .select(["e.id", "e.onset_at", "e.created_at", "e.regions", "cl.cleared_at", "cl.clinician", "cl.note"])
    .select(["c.id as check_in_id", "c.at", "c.check_in", "c.triage"])
    .where("e.id", "=", p.id)
    .where("e.user_id", "=", p.userId)
    // By the check-in's moment, then by when it was sent.
    .orderBy("c.at")
    .orderBy("c.created_at")
    .orderBy("c.id"),
);

/** Checked before every write that names an episode. */
const onsetQuery = compiledQuery((db, p: { id: string; userId: string }) =>
  db.selectFrom("episodes").select("onset_at").where("id", "=", p.id).where("user_id", "=", p.userId),
);

/** Episodes and their check-ins, only ever those of `userId`. */
export function episodes(db: DB, userId: string) {
  const insertCheckIn = async (tx: DB, episodeId: string, a: Assessed, now: Date): Promise<CheckInRecord> => {
    const row = {
      id: randomUUID(),
      user_id: userId,
      episode_id: episodeId,
      at: toStoredInstant(a.checkIn.now),
      check_in: JSON.stringify(a.checkIn),
      triage: JSON.stringify(a.triage),
      level: a.triage.level,
      created_at: toStoredInstant(now),
    };
    await tx.insertInto("check_ins").values(row).execute();
    return toRecord(row);
  };

  return {
    /** Opens an episode with its first check-in. */
    async create(first: Assessed, now: Date): Promise<Episode> {
      const episode = {
        id: randomUUID(),
        user_id: userId,
        onset_at: toStoredInstant(first.checkIn.onsetAt),
        regions: JSON.stringify(first.checkIn.regions),
        created_at: toStoredInstant(now),
      };
      const record = await db.transaction().execute(async (tx) => {
        await tx.insertInto("episodes").values(episode).execute();
        return insertCheckIn(tx, episode.id, first, now);
      });
      return {
        id: episode.id,
        onsetAt: episode.onset_at,
        createdAt: episode.created_at,
        regions: first.checkIn.regions,
        triage: record.triage,
        latestCheckIn: record.checkIn as Episode["latestCheckIn"],
        checkIns: [record],
        clearance: null,
      };
    },

    /** Newest first, each with the triage of its latest check-in. */
    async list(): Promise<EpisodeSummary[]> {
      const rows = await db
        .selectFrom("episodes as e")
        .select(["e.id", "e.onset_at", "e.created_at", "e.regions"])
        .select((eb) =>
          eb
            .selectFrom("check_ins as c")
            .select("c.triage")
            .whereRef("c.episode_id", "=", "e.id")
            .where("c.user_id", "=", userId)
            .orderBy("c.at", "desc")
            .orderBy("c.created_at", "desc")
            .orderBy("c.id", "desc")
            .limit(1)
            .as("triage"),
        )
        .where("e.user_id", "=", userId)
        .orderBy("e.created_at", "desc")
        .orderBy("e.id", "desc")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        onsetAt: r.onset_at,
        createdAt: r.created_at,
        regions: JSON.parse(r.regions) as Region[],
        triage: JSON.parse(r.triage ?? "null") as TriageResult,
      }));
    },

    /** The whole episode, or undefined when it does not exist or is not this user's; one query. */
    async get(id: string): Promise<Episode | undefined> {
      const { rows } = await episodeQuery(db, { id, userId });
      const e = rows[0];
      if (!e) return undefined;
      const checkIns = rows.map((r) => toRecord({ id: r.check_in_id, at: r.at, check_in: r.check_in, triage: r.triage }));
      const latest = checkIns.at(-1)!;
      return {
        id: e.id,
        onsetAt: e.onset_at,
        createdAt: e.created_at,
        regions: JSON.parse(e.regions) as Region[],
        triage: latest.triage,
        latestCheckIn: latest.checkIn as Episode["latestCheckIn"],
        checkIns,
        clearance: e.cleared_at === null ? null : toClearance({ cleared_at: e.cleared_at, clinician: e.clinician, note: e.note }),
      };
    },

    /** The onset of an episode of this user's, or undefined. */
    async onsetOf(id: string): Promise<string | undefined> {
      return (await onsetQuery(db, { id, userId })).rows[0]?.onset_at;
    },

    /** Adds a check-in to an episode of this user's; the caller has checked that it exists. */
    async addCheckIn(episodeId: string, a: Assessed, now: Date): Promise<CheckInRecord> {
      return insertCheckIn(db, episodeId, a, now);
    },
  };
}
