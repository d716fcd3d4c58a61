import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { plan } from "../../src/core/plan";
import { firstCheckIn, followUp } from "../helpers/checkins";
import { describeEachEngine } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/server";

const TZ = "Europe/Berlin";
const ONSET = "2026-10-15T07:30:00+02:00";
/** 20:00 in Berlin on the local day `d` days after onset; Berlin leaves summer time on 25 October. */
const eveningOf = (d: number) => {
  const date = new Date(Date.UTC(2026, 9, 15 + d));
  const day = date.toISOString().slice(0, 10);
  return `${day}T20:00:00${day >= "2026-10-25" ? "+01:00" : "+02:00"}`;
};
const ruleIds = (triage: { reasons: { ruleId: string }[] }) => triage.reasons.map((r) => r.ruleId);

describeEachEngine("the whole journey through the HTTP API", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(() => server.close());

  it("signs up, checks in, gets triage and a plan, keeps a diary that does not improve, and is sent to a doctor", async () => {
    const c = server.client();
    await c.signUp();
    expect((await c.patch("/api/v1/me/settings", { timeZone: TZ, deskWorker: true })).status).toBe(200);

    // 1. Open the episode.
    const first = firstCheckIn({ onsetAt: ONSET, now: "2026-10-15T09:00:00+02:00", painNow: 6, painWorst24h: 7 });
    const opened = await c.post("/api/v1/episodes", first);
    expect(opened.status).toBe(201);
    const episode = opened.body;
    expect(episode).toMatchObject({
      id: expect.any(String),
      onsetAt: "2026-10-15T05:30:00.000Z",
      createdAt: expect.any(String),
      regions: ["lower_back"],
      triage: { level: "self_care", stopTraining: false, unansweredFlags: [] },
      latestCheckIn: first,
      clearance: null,
    });
    expect(episode.checkIns).toEqual([{ id: expect.any(String), at: "2026-10-15T07:00:00.000Z", checkIn: first, triage: episode.triage }]);

    // 2. Its plan: the CLI's plan of the latest check-in, in the user's zone, for a desk worker.
    const firstPlan = await c.get(`/api/v1/episodes/${episode.id}/plan`);
    expect(firstPlan.status).toBe(200);
    expect(firstPlan.body).toEqual(plan(first as never, TZ, { diary: [], deskWorker: true }));
    expect(firstPlan.body.days[0].date).toBe("2026-10-15");
    expect(firstPlan.body.days.at(-1).date).toBe("2026-10-29");
    const utcPlan = await c.get(`/api/v1/episodes/${episode.id}/plan?tz=UTC`);
    expect(utcPlan.body.timeZone).toBe("UTC");

    // 3. Sixteen evenings of diary, pain stuck at 6, across the change from summer time.
    const entries = [];
    for (let d = 0; d <= 15; d++) {
      const r = await c.post("/api/v1/diary", { at: eveningOf(d), painNow: 6, regions: ["lower_back"], episodeId: episode.id, clientId: randomUUID() });
      expect(r.status).toBe(201);
      entries.push(r.body);
    }

    // 4. A check-in on day 16 that says "better": the diary says otherwise, and D-NOTIMPROVING fires.
    const later = followUp({ now: "2026-10-31T09:00:00+01:00", painNow: 6, trend: "better" });
    const checked = await c.post(`/api/v1/episodes/${episode.id}/checkins`, later);
    expect(checked.status).toBe(201);
    expect(checked.body).toMatchObject({ id: expect.any(String), at: "2026-10-31T08:00:00.000Z", checkIn: { ...later, onsetAt: "2026-10-15T05:30:00.000Z" } });
    expect(ruleIds(checked.body.triage)).toContain("D-NOTIMPROVING");
    expect(checked.body.triage).toMatchObject({ level: "see_doctor", stopTraining: true });

    // Without the diary the same check-in does not fire it: the rule was fed by the diary.
    const alone = await server.client().post("/api/v1/triage", { ...later, onsetAt: ONSET });
    expect(alone.status).toBe(200);
    expect(ruleIds(alone.body)).not.toContain("D-NOTIMPROVING");

    // 5. The episode now shows both check-ins and the latest triage.
    const full = (await c.get(`/api/v1/episodes/${episode.id}`)).body;
    expect(full.checkIns.map((x: { id: string }) => x.id)).toEqual([episode.checkIns[0].id, checked.body.id]);
    expect(full.triage).toEqual(checked.body.triage);
    expect(full.latestCheckIn).toEqual(checked.body.checkIn);

    // 6. The plan follows: see_doctor, built with the episode's diary, no strengthening or training.
    const points = entries.map((e) => ({ at: e.at, painNow: e.painNow }));
    const doctorPlan = (await c.get(`/api/v1/episodes/${episode.id}/plan`)).body;
    expect(doctorPlan).toEqual(plan(checked.body.checkIn, TZ, { diary: points, deskWorker: true }));
    expect(doctorPlan.level).toBe("see_doctor");
    const kinds = doctorPlan.days.flatMap((d: { items: { kind: string }[] }) => d.items.map((i) => i.kind));
    expect(kinds).not.toContain("strengthen");
    expect(kinds).not.toContain("training");

    // 7. A clinician clears the user: recorded on the episode and passed to the plan.
    const cleared = await c.post(`/api/v1/episodes/${episode.id}/clearance`, { clearedAt: "2026-10-31T12:00:00+01:00", clinician: "Dr. Rivera" });
    expect(cleared.status).toBe(201);
    expect(cleared.body).toEqual({ clearedAt: "2026-10-31T11:00:00.000Z", clinician: "Dr. Rivera" });
    expect((await c.get(`/api/v1/episodes/${episode.id}`)).body.clearance).toEqual(cleared.body);
    const clearedPlan = (await c.get(`/api/v1/episodes/${episode.id}/plan`)).body;
    // The clearance answers the see_doctor rules fired by its moment: D-NOTIMPROVING of step 6.
    const clearance = { at: cleared.body.clearedAt, ruleIds: ["D-NOTIMPROVING"] };
    expect(clearedPlan).toEqual(plan(checked.body.checkIn, TZ, { diary: points, deskWorker: true, clearance }));
    // Recorded after the check-in, it still lifts the limits: the doctor saw that pain.
    expect(clearedPlan.level).toBe("see_doctor");
    expect(clearedPlan.days[0].items.some((i: { kind: string }) => i.kind === "action")).toBe(false);

    // 8. The list shows the episode with its latest triage.
    const list = await c.get("/api/v1/episodes");
    expect(list.body).toEqual([{ id: episode.id, onsetAt: episode.onsetAt, createdAt: episode.createdAt, regions: ["lower_back"], triage: checked.body.triage }]);

    // 9. The weekly PEG questions.
    const peg = await c.post("/api/v1/peg", { weekOf: "2026-10-26", averagePain: 6, enjoyment: 5, activity: 4 });
    expect(peg.status).toBe(201);
    expect(peg.body).toEqual({ id: expect.any(String), weekOf: "2026-10-26", averagePain: 6, enjoyment: 5, activity: 4, score: 5 });
    const again = await c.post("/api/v1/peg", { weekOf: "2026-10-26", averagePain: 5, enjoyment: 5, activity: 5 });
    expect(again.body).toEqual({ ...peg.body, averagePain: 5, activity: 5, score: 5 });
    await c.post("/api/v1/peg", { weekOf: "2026-10-19", averagePain: 7, enjoyment: 6, activity: 6 });
    expect((await c.get("/api/v1/peg")).body.map((p: { weekOf: string; score: number }) => [p.weekOf, p.score])).toEqual([
      ["2026-10-19", 19 / 3],
      ["2026-10-26", 5],
    ]);
  });

  it("lists the diary by local days of the user's zone, across a DST change", async () => {
    const c = server.client();
    await c.signUp();
    await c.patch("/api/v1/me/settings", { timeZone: TZ });
    // 25 October 2026 in Berlin lasts 25 hours: 00:00+02:00 (22:00Z on the 24th) to 24:00+01:00 (23:00Z).
    const ats = ["2026-10-24T23:59:00+02:00", "2026-10-25T00:00:00+02:00", "2026-10-25T23:59:00+01:00", "2026-10-26T00:00:00+01:00"];
    for (const [i, at] of ats.entries()) expect((await c.post("/api/v1/diary", { at, painNow: i })).status).toBe(201);
    const day = await c.get("/api/v1/diary?from=2026-10-25&to=2026-10-25");
    expect(day.body.map((e: { painNow: number }) => e.painNow)).toEqual([1, 2]);
    const byInstant = await c.get(`/api/v1/diary?from=${encodeURIComponent("2026-10-25T00:00:00+02:00")}&to=${encodeURIComponent("2026-10-25T22:59:00Z")}`);
    expect(byInstant.body.map((e: { painNow: number }) => e.painNow)).toEqual([1, 2]);
    expect((await c.get("/api/v1/diary")).body.map((e: { at: string }) => e.at)).toEqual([
      "2026-10-24T21:59:00.000Z",
      "2026-10-24T22:00:00.000Z",
      "2026-10-25T22:59:00.000Z",
      "2026-10-25T23:00:00.000Z",
    ]);
  });

  it("keeps a diary entry's medication, note and episode, and filters by episode", async () => {
    const c = server.client();
    await c.signUp();
    const episodeId = (await c.post("/api/v1/episodes", firstCheckIn())).body.id;
    const r = await c.post("/api/v1/diary", {
      at: "2026-10-01T12:00:00+02:00",
      painNow: 4,
      regions: ["lower_back", "lower_back", "mid_back"],
      note: "after the walk",
      episodeId,
      medication: { name: "ibuprofen", takenAt: "2026-10-01T11:00:00+02:00" },
    });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String),
      at: "2026-10-01T10:00:00.000Z",
      painNow: 4,
      regions: ["lower_back", "mid_back"],
      note: "after the walk",
      episodeId,
      medication: { name: "ibuprofen", takenAt: "2026-10-01T09:00:00.000Z" },
      clientId: null,
    });
    await c.post("/api/v1/diary", { at: "2026-10-01T13:00:00+02:00", painNow: 3 });
    expect((await c.get(`/api/v1/diary?episodeId=${episodeId}`)).body).toEqual([r.body]);
    expect((await c.get("/api/v1/diary")).body).toHaveLength(2);
  });
});
