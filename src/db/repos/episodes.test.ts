import { afterAll, beforeAll, expect, it } from "vitest";
import { firstCheckIn, followUp } from "../../../test/helpers/checkins";
import { createTestDatabase, describeEachEngine, type TestDatabase } from "../../../test/helpers/db";
import { parseCheckIn, parseFollowUp } from "../../core/checkin";
import { triage } from "../../core/triage";
import { clearances } from "./clearances";
import { episodes } from "./episodes";
import { createUser } from "./users";

const now = new Date("2026-10-05T12:00:00Z");
const assessed = (input: unknown, onsetAt?: string) => {
  const r = onsetAt === undefined ? parseCheckIn(input, now) : parseFollowUp(input, onsetAt, now);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { checkIn: r.value, triage: triage(r.value) };
};

describeEachEngine("episodes.get, one query", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.drop());

  it("answers every check-in in order and the latest clearance, and nothing to another user", async () => {
    const { db } = database;
    const alice = (await createUser(db, { email: "alice@example.com", passwordHash: "x", now }))!;
    const bob = (await createUser(db, { email: "bob@example.com", passwordHash: "x", now }))!;
    const mine = episodes(db, alice.id);
    const episode = await mine.create(assessed(firstCheckIn()), now);
    // Sent out of order: the episode lists them by their moment.
    await mine.addCheckIn(episode.id, assessed(followUp({ now: "2026-10-03T09:00:00+02:00", painNow: 2 }), episode.onsetAt), now);
    await mine.addCheckIn(episode.id, assessed(followUp({ now: "2026-10-02T09:00:00+02:00", painNow: 3 }), episode.onsetAt), now);
    expect((await mine.get(episode.id))!.clearance).toBeNull();
    await clearances(db, alice.id).add(episode.id, { clearedAt: "2026-10-04T10:00:00.000Z", clinician: "Dr. Later" }, now);
    await clearances(db, alice.id).add(episode.id, { clearedAt: "2026-10-02T10:00:00.000Z", note: "earlier" }, now);

    const got = await mine.get(episode.id);
    expect(got!.checkIns.map((c) => c.checkIn.painNow)).toEqual([5, 3, 2]);
    expect(got!.latestCheckIn.painNow).toBe(2);
    expect(got!.triage).toEqual(got!.checkIns[2]!.triage);
    expect(got!.clearance).toEqual({ clearedAt: "2026-10-04T10:00:00.000Z", clinician: "Dr. Later" });
    expect(got).toMatchObject({ id: episode.id, onsetAt: episode.onsetAt, createdAt: episode.createdAt, regions: ["lower_back"] });
    expect(await episodes(db, bob.id).get(episode.id)).toBeUndefined();
  });
});
