import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Answer, Client } from "../helpers/client";
import { firstCheckIn, followUp } from "../helpers/checkins";
import { describeEachEngine, snapshot } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/server";

describeEachEngine("privacy: one user never reaches another's data", (engine) => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  let aliceEpisode: string;
  let aliceClientId: string;
  let aliceView: () => Promise<unknown[]>;

  beforeAll(async () => {
    server = await startTestServer(engine);
    alice = server.client();
    bob = server.client();
    await alice.signUp();
    await bob.signUp();
    aliceEpisode = (await alice.post("/api/v1/episodes", firstCheckIn({ flags: { fever: true } }))).body.id;
    await alice.post(`/api/v1/episodes/${aliceEpisode}/checkins`, followUp());
    await alice.post(`/api/v1/episodes/${aliceEpisode}/clearance`, { clinician: "Dr. Alice's", note: "private" });
    aliceClientId = randomUUID();
    await alice.post("/api/v1/diary", { at: "2026-10-02T08:00:00Z", painNow: 3, episodeId: aliceEpisode, note: "secret", clientId: aliceClientId });
    await alice.post("/api/v1/peg", { weekOf: "2026-09-28", averagePain: 4, enjoyment: 4, activity: 4 });
    aliceView = async () =>
      Promise.all(
        ["/api/v1/episodes", `/api/v1/episodes/${aliceEpisode}`, `/api/v1/episodes/${aliceEpisode}/plan`, "/api/v1/diary", "/api/v1/peg"].map(
          async (p) => (await alice.get(p)).body,
        ),
      );
  });
  afterAll(() => server.close());

  /** Bob's answer for Alice's id equals his answer for an id that does not exist. */
  async function indistinguishable(request: (id: string) => Promise<Answer>, expectedStatus = 404) {
    const foreign = await request(aliceEpisode);
    const missing = await request(randomUUID());
    expect(foreign.status).toBe(expectedStatus);
    expect({ status: foreign.status, body: foreign.body }).toEqual({ status: missing.status, body: missing.body });
    return foreign;
  }

  it("answers 404 for every episode route, exactly as for a missing id, never 403", async () => {
    const before = await aliceView();
    const rows = await snapshot(server.database.db);
    const routes: ((id: string) => Promise<Answer>)[] = [
      (id) => bob.get(`/api/v1/episodes/${id}`),
      (id) => bob.get(`/api/v1/episodes/${id}/plan`),
      (id) => bob.get(`/api/v1/episodes/${id}/plan?tz=UTC`),
      (id) => bob.get(`/api/v1/episodes/${id}/plan?tz=Not/AZone`),
      (id) => bob.post(`/api/v1/episodes/${id}/checkins`, followUp()),
      (id) => bob.post(`/api/v1/episodes/${id}/checkins`, { garbage: true }),
      (id) => bob.post(`/api/v1/episodes/${id}/clearance`, {}),
      (id) => bob.post(`/api/v1/episodes/${id}/clearance`, { clinician: "Dr. Bob" }),
    ];
    for (const route of routes) {
      const r = await indistinguishable(route);
      expect(r.body).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    }
    expect(await snapshot(server.database.db)).toEqual(rows);
    expect(await aliceView()).toEqual(before);
  });

  it("refuses to attach a diary entry to another user's episode, or to filter by it, like a missing one", async () => {
    const rows = await snapshot(server.database.db);
    const attach = await indistinguishable((id) => bob.post("/api/v1/diary", { at: "2026-10-02T09:00:00Z", painNow: 9, episodeId: id }));
    expect(attach.body.error).toMatchObject({ code: "not_found", field: "episodeId" });
    await indistinguishable((id) => bob.get(`/api/v1/diary?episodeId=${id}`));
    expect(await snapshot(server.database.db)).toEqual(rows);
  });

  it("lists nothing of the other user's", async () => {
    for (const path of ["/api/v1/episodes", "/api/v1/diary", "/api/v1/peg"]) expect((await bob.get(path)).body).toEqual([]);
    expect((await bob.get("/api/v1/diary?from=2000-01-01&to=2100-01-01")).body).toEqual([]);
  });

  it("scopes clientId per user: the same id from another user is a new entry, and never reveals the first", async () => {
    const before = await aliceView();
    const r = await bob.post("/api/v1/diary", { at: "2026-10-02T10:00:00Z", painNow: 1, clientId: aliceClientId });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ painNow: 1, note: null, episodeId: null, clientId: aliceClientId });
    expect((await bob.get("/api/v1/diary")).body).toEqual([r.body]);
    expect(await aliceView()).toEqual(before);
  });

  it("keeps the other user's settings apart", async () => {
    await bob.patch("/api/v1/me/settings", { timeZone: "Asia/Tokyo" });
    expect((await alice.get("/api/v1/me")).body.settings.timeZone).toBe("UTC");
  });
});

describeEachEngine("offline re-sends and rejected requests", (engine) => {
  let server: TestServer;
  let c: Client;
  beforeAll(async () => {
    server = await startTestServer(engine);
    c = server.client();
    await c.signUp();
  });
  afterAll(() => server.close());

  it("answers a re-sent clientId 200 with the stored entry and stores nothing new", async () => {
    const clientId = randomUUID();
    const entry = { at: "2026-10-03T08:00:00Z", painNow: 5, note: "first send", clientId };
    const first = await c.post("/api/v1/diary", entry);
    expect(first.status).toBe(201);
    const again = await c.post("/api/v1/diary", entry);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    // Even a re-send that differs (an edited offline copy) does not overwrite or duplicate.
    const edited = await c.post("/api/v1/diary", { ...entry, painNow: 9, note: "edited" });
    expect(edited.status).toBe(200);
    expect(edited.body).toEqual(first.body);
    expect((await c.get("/api/v1/diary")).body.filter((e: { clientId: string }) => e.clientId === clientId)).toEqual([first.body]);
  });

  it("stores one entry when the same clientId arrives many times at once", async () => {
    const clientId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 8 }, () => c.post("/api/v1/diary", { at: "2026-10-04T08:00:00Z", painNow: 2, clientId })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect((await c.get("/api/v1/diary")).body.filter((e: { clientId: string }) => e.clientId === clientId)).toHaveLength(1);
  });

  it("changes nothing already saved when a request is rejected", async () => {
    const episodeId = (await c.post("/api/v1/episodes", firstCheckIn())).body.id;
    await c.post("/api/v1/diary", { at: "2026-10-01T20:00:00Z", painNow: 4, episodeId });
    const before = await snapshot(server.database.db);
    const rejected = [
      await c.post("/api/v1/episodes", firstCheckIn({ painNow: 99 })),
      await c.post(`/api/v1/episodes/${episodeId}/checkins`, followUp({ regions: [] })),
      await c.post(`/api/v1/episodes/${episodeId}/clearance`, { clearedAt: "2099-01-01T00:00:00Z" }),
      await c.post("/api/v1/diary", { at: "2026-10-01T21:00:00Z", painNow: 4, episodeId: randomUUID() }),
      await c.post("/api/v1/diary", { at: "2026-10-01T21:00:00Z", painNow: 4, extra: true }),
      await c.patch("/api/v1/me/settings", { timeZone: "UTC", units: "stones" }),
      await c.post("/api/v1/peg", { weekOf: "2026-10-05", averagePain: 4, enjoyment: 4, activity: 40 }),
      await c.request("POST", "/api/v1/diary", { raw: '{"at":"2026-10-01T21:00:00Z","painNow":4', headers: { "content-type": "application/json" } }),
      await c.request("POST", "/api/v1/diary", { raw: "at=2026-10-01T21:00:00Z&painNow=4", headers: { "content-type": "application/x-www-form-urlencoded" } }),
      await server.client().post("/api/v1/diary", { at: "2026-10-01T21:00:00Z", painNow: 4 }),
    ];
    for (const r of rejected) expect(r.status).toBeGreaterThanOrEqual(400);
    expect(await snapshot(server.database.db)).toEqual(before);
  });
});
