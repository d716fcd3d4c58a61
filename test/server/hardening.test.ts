import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Client } from "../helpers/client";
import { firstCheckIn, followUp } from "../helpers/checkins";
import { describeEachEngine, snapshot } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/server";

describeEachEngine("request hardening and errors", (engine) => {
  let server: TestServer;
  let c: Client;
  let episodeId: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    c = server.client();
    await c.signUp();
    episodeId = (await c.post("/api/v1/episodes", firstCheckIn())).body.id;
  });
  afterAll(() => server.close());

  it.each([
    ["text/plain", '{"email":"a@example.com","password":"long enough"}'],
    ["application/x-www-form-urlencoded", "email=a%40example.com&password=long+enough"],
    ["multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.com\r\n--x--\r\n'],
  ])("refuses a %s POST with 415 (no cross-site simple requests)", async (type, raw) => {
    const r = await server.client().request("POST", "/api/v1/auth/signup", { raw, headers: { "content-type": type } });
    expect(r.status).toBe(415);
    expect(r.body).toEqual({ error: { code: "unsupported_media_type", message: expect.any(String) } });
    const diary = await c.request("POST", "/api/v1/diary", {
      raw: JSON.stringify({ at: "2026-10-01T10:00:00Z", painNow: 3 }),
      headers: { "content-type": type },
    });
    expect(diary.status).toBe(415);
  });

  it("refuses a body over 64 KB with 413", async () => {
    const r = await c.post("/api/v1/diary", { at: "2026-10-01T10:00:00Z", painNow: 3, note: "x".repeat(70 * 1024) });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe("payload_too_large");
  });

  it.each(['{"at": ', "not json", '{"painNow": 3,}', '{"__proto__": {"admin": true}, "at": "2026-10-01T10:00:00Z", "painNow": 1}'])(
    "answers malformed JSON %j with 400 invalid_json",
    async (raw) => {
      const r = await c.request("POST", "/api/v1/diary", { raw, headers: { "content-type": "application/json" } });
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: { code: "invalid_json", message: expect.any(String) } });
    },
  );

  it.each([
    ["an empty body", undefined],
    ["an array", "[]"],
    ["a string", '"hello"'],
    ["null", "null"],
  ])("answers %s where an object belongs with 400 invalid_type", async (_what, raw) => {
    const r = await c.request("POST", "/api/v1/episodes", { raw: raw ?? "", headers: { "content-type": "application/json" } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("invalid_type");
  });

  /** [method, path, body, field, code]: every 4xx names the field at fault. */
  const invalid = (): [string, string, unknown, string, string][] => [
    ["POST", "/api/v1/episodes", firstCheckIn({ painNow: 11 }), "painNow", "out_of_range"],
    ["POST", "/api/v1/episodes", firstCheckIn({ regions: [] }), "regions", "invalid_value"],
    ["POST", "/api/v1/episodes", firstCheckIn({ regions: ["knee"] }), "regions.0", "invalid_value"],
    ["POST", "/api/v1/episodes", firstCheckIn({ onsetAt: "2030-01-01T00:00:00Z", now: undefined }), "onsetAt", "future_date"],
    ["POST", "/api/v1/episodes", firstCheckIn({ onsetAt: undefined }), "onsetAt", "required"],
    ["POST", "/api/v1/episodes", firstCheckIn({ flags: { feverish: true } }), "flags.feverish", "unknown_field"],
    ["POST", "/api/v1/episodes", firstCheckIn({ userId: "someone" }), "userId", "unknown_field"],
    ["POST", "/api/v1/episodes", firstCheckIn({ painNow: 5, painWorst24h: 2 }), "painWorst24h", "invalid_value"],
    ["POST", `/api/v1/episodes/${episodeId}/checkins`, followUp({ onsetAt: "2026-10-01T07:30:00+02:00" }), "onsetAt", "unknown_field"],
    ["POST", `/api/v1/episodes/${episodeId}/checkins`, followUp({ painNow: "4" }), "painNow", "invalid_type"],
    ["POST", `/api/v1/episodes/${episodeId}/checkins`, followUp({ now: "2026-09-01T00:00:00Z" }), "onsetAt", "future_date"],
    ["POST", `/api/v1/episodes/${episodeId}/clearance`, { clearedAt: "tomorrow" }, "clearedAt", "invalid_value"],
    ["POST", `/api/v1/episodes/${episodeId}/clearance`, { clearedAt: "2099-01-01T00:00:00Z" }, "clearedAt", "future_date"],
    ["POST", `/api/v1/episodes/${episodeId}/clearance`, { doctor: "Dr X" }, "doctor", "unknown_field"],
    ["GET", `/api/v1/episodes/${episodeId}/plan?tz=Atlantis/Capital`, undefined, "tz", "invalid_value"],
    ["GET", `/api/v1/episodes/${episodeId}/plan?zone=UTC`, undefined, "zone", "unknown_field"],
    ["POST", "/api/v1/diary", { painNow: 3 }, "at", "required"],
    ["POST", "/api/v1/diary", { at: "2026-10-01T10:00:00", painNow: 3 }, "at", "invalid_value"],
    ["POST", "/api/v1/diary", { at: "2026-10-01T10:00:00Z", painNow: -1 }, "painNow", "out_of_range"],
    ["POST", "/api/v1/diary", { at: "2026-10-01T10:00:00Z", painNow: 3, regions: ["toe"] }, "regions.0", "invalid_value"],
    ["POST", "/api/v1/diary", { at: "2026-10-01T10:00:00Z", painNow: 3, clientId: "abc" }, "clientId", "invalid_value"],
    ["POST", "/api/v1/diary", { at: "2026-10-01T10:00:00Z", painNow: 3, medication: { name: "ibuprofen" } }, "medication.takenAt", "required"],
    ["POST", "/api/v1/diary", { at: "2026-10-01T10:00:00Z", painNow: 3, medication: { name: "x", takenAt: "2026-10-01T10:00:00Z", dose: 400 } }, "medication.dose", "unknown_field"],
    ["POST", "/api/v1/diary", { at: "2026-10-01T10:00:00Z", painNow: 3, mood: "ok" }, "mood", "unknown_field"],
    ["POST", "/api/v1/diary", { at: "2099-01-01T00:00:00Z", painNow: 3 }, "at", "future_date"],
    ["POST", "/api/v1/diary", { at: "2026-10-01T10:00:00Z", painNow: 3, medication: { name: "x", takenAt: "2099-01-01T00:00:00Z" } }, "medication.takenAt", "future_date"],
    ["GET", "/api/v1/diary?from=yesterday", undefined, "from", "invalid_value"],
    ["GET", "/api/v1/diary?limit=3", undefined, "limit", "unknown_field"],
    ["POST", "/api/v1/peg", { weekOf: "2026-10-05", averagePain: 4, enjoyment: 11, activity: 2 }, "enjoyment", "out_of_range"],
    ["POST", "/api/v1/peg", { weekOf: "5 Oct", averagePain: 4, enjoyment: 1, activity: 2 }, "weekOf", "invalid_value"],
    ["POST", "/api/v1/peg", { weekOf: "2026-10-05", averagePain: 4, enjoyment: 1 }, "activity", "required"],
    ["PATCH", "/api/v1/me/settings", { timeZone: "Nowhere/Special" }, "timeZone", "invalid_value"],
    ["POST", "/api/v1/triage", firstCheckIn({ radiation: "foot" }), "radiation", "invalid_value"],
    ["POST", "/api/v1/plan", { checkIn: firstCheckIn(), timeZone: "Mars/Base" }, "timeZone", "invalid_value"],
    ["POST", "/api/v1/plan", { checkIn: firstCheckIn({ painNow: 12 }), timeZone: "UTC" }, "checkIn.painNow", "out_of_range"],
    ["POST", "/api/v1/plan", { checkIn: firstCheckIn({ now: "2026-09-01T00:00:00Z" }), timeZone: "UTC" }, "checkIn.onsetAt", "future_date"],
    ["POST", "/api/v1/plan", { timeZone: "UTC" }, "checkIn", "required"],
  ];

  it("names the field of every invalid request, and changes nothing", async () => {
    const before = await snapshot(server.database.db);
    for (const [method, path, json, field, code] of invalid()) {
      const r = await c.request(method, path, json === undefined ? {} : { json });
      expect({ path, status: r.status, error: r.body?.error }).toEqual({
        path,
        status: 400,
        error: { code, field, message: expect.any(String) },
      });
    }
    expect(await snapshot(server.database.db)).toEqual(before);
  });

  it("answers a NUL character anywhere (body, path, query, CSV) 400 naming the field, and changes nothing", async () => {
    // PostgreSQL text cannot hold U+0000: unchecked, each of these was a 500 there.
    const nul = "a\u0000b";
    const at = "2026-10-01T10:00:00Z";
    const cases: [string, string, unknown, string][] = [
      ["POST", "/api/v1/diary", { at, painNow: 3, note: nul }, "note"],
      ["POST", "/api/v1/diary", { at, painNow: 3, episodeId: nul }, "episodeId"],
      ["POST", "/api/v1/diary", { at, painNow: 3, medication: { name: nul, takenAt: at } }, "medication.name"],
      ["POST", `/api/v1/episodes/${episodeId}/clearance`, { clinician: nul }, "clinician"],
      ["POST", "/api/v1/exercises", { name: nul }, "name"],
      ["POST", "/api/v1/workouts", { startedAt: at, minutes: 30, title: nul }, "title"],
      ["POST", "/api/v1/workouts", { startedAt: at, minutes: 30, sets: [{ exerciseId: "back-squat" }, { exerciseId: nul }] }, "sets.1.exerciseId"],
      ["GET", "/api/v1/episodes/a%00b", undefined, "id"],
      ["POST", "/api/v1/episodes/%00/clearance", {}, "id"],
      ["DELETE", "/api/v1/workouts/%00", undefined, "id"],
      ["GET", "/api/v1/diary?episodeId=%00", undefined, "episodeId"],
    ];
    const before = await snapshot(server.database.db);
    for (const [method, path, json, field] of cases) {
      const r = await c.request(method, path, json === undefined ? {} : { json });
      expect({ path, status: r.status, error: r.body?.error }).toEqual({
        path,
        status: 400,
        error: { code: "invalid_value", field, message: expect.any(String) },
      });
    }
    const login = await server.client().post("/api/v1/auth/login", { email: `x${nul}@example.com`, password: "long enough" });
    expect(login.status).toBe(400);
    expect(login.body.error).toMatchObject({ code: "invalid_value", field: "email" });
    const csv = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2026-01-01 10:00:00,Legs\u0000,1h,Squat,1,100,5,,,,,8\n";
    const imported = await c.request("POST", "/api/v1/import?format=strong", { raw: csv, headers: { "content-type": "text/csv" } });
    expect(imported.status).toBe(400);
    expect(imported.body.error).toMatchObject({ code: "invalid_file", field: "file" });
    expect(await snapshot(server.database.db)).toEqual(before);
  });

  it("answers a malformed or over-long path 404 in the error shape, with the security headers", async () => {
    for (const path of ["/api/v1/episodes/%zz", "/%E0%A4%A", `/api/v1/episodes/${"x".repeat(200)}`, `/api/v1/workouts/${"9".repeat(500)}`]) {
      const r = await c.get(path);
      expect({ path, status: r.status, body: r.body }).toEqual({
        path,
        status: 404,
        body: { error: { code: "not_found", message: expect.any(String) } },
      });
      expect(r.headers.get("content-security-policy")).toContain("default-src 'self'");
    }
  });

  it("answers every private route 401 without a session, before reading the body", async () => {
    const anon = server.client();
    const routes: [string, string][] = [
      ["GET", "/api/v1/me"],
      ["PATCH", "/api/v1/me/settings"],
      ["GET", "/api/v1/episodes"],
      ["POST", "/api/v1/episodes"],
      ["GET", `/api/v1/episodes/${episodeId}`],
      ["POST", `/api/v1/episodes/${episodeId}/checkins`],
      ["GET", `/api/v1/episodes/${episodeId}/plan`],
      ["POST", `/api/v1/episodes/${episodeId}/clearance`],
      ["GET", "/api/v1/diary"],
      ["POST", "/api/v1/diary"],
      ["GET", "/api/v1/peg"],
      ["POST", "/api/v1/peg"],
    ];
    for (const [method, path] of routes) {
      const r = await anon.request(method, path, method === "GET" ? {} : { json: { anything: 1 } });
      expect({ method, path, status: r.status, code: r.body?.error?.code }).toEqual({ method, path, status: 401, code: "unauthorized" });
    }
  });

  it("answers unknown API paths and bad ids 404 in the error shape", async () => {
    for (const path of ["/api/v1/nothing-here", "/api/v2/episodes", `/api/v1/episodes/${randomUUID()}`, "/api/v1/episodes/not-an-id", "/api/v1/episodes/%27%20or%201=1"]) {
      const r = await c.get(path);
      expect({ path, status: r.status, body: r.body }).toEqual({
        path,
        status: 404,
        body: { error: { code: "not_found", message: expect.any(String) } },
      });
    }
  });

  it("sends the security headers on every answer, errors included", async () => {
    for (const r of [await c.get("/api/v1/me"), await server.client().get("/api/v1/me"), await c.get("/healthz"), await c.get("/api/docs/")]) {
      const csp = r.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/https?:\/\//);
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    }
  });
});

describeEachEngine("when the database stops answering", (engine) => {
  it("health answers 503, and a request that needs the database a bare 500 internal", async () => {
    const server = await startTestServer(engine);
    const c = server.client();
    await c.signUp();
    await server.database.db.destroy();
    try {
      const health = await c.get("/healthz");
      expect(health.status).toBe(503);
      expect(health.body).toEqual({ ok: false });
      const me = await c.get("/api/v1/me");
      expect(me.status).toBe(500);
      expect(me.body).toEqual({ error: { code: "internal", message: "Something went wrong on our side." } });
    } finally {
      await server.app.close();
      await server.database.drop();
    }
  });
});
