import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstCheckIn, noFlags } from "../helpers/checkins";
import { describeEachEngine } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/server";
import { runCli } from "../helpers/spawn";

/** Check-ins reaching each level, with their moment pinned so the CLI and the server agree. */
const checkIns = [
  firstCheckIn(),
  firstCheckIn({ flags: { ...noFlags, saddleNumbness: true } }),
  firstCheckIn({ flags: { ...noFlags, fever: true }, regions: ["lower_back"] }),
  firstCheckIn({ sharp: true, painNow: 8, painWorst24h: 9 }),
  { onsetAt: "2026-10-20T23:30:00-04:00", now: "2026-11-02T07:00:00-05:00", regions: ["neck", "upper_back"], painNow: 3, radiation: "arm" },
  firstCheckIn({ onsetAt: "2026-10-01T07:30:00+02:00", now: "2026-10-01T07:30:00+02:00", flags: undefined }),
];

describeEachEngine("public care routes, health and documentation", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(() => server.close());

  it("answers POST /api/v1/triage exactly as `backcoach triage` does, without an account", async () => {
    const cli = await runCli(["triage", "--input", "-"], { input: checkIns.map((c) => JSON.stringify(c)).join("\n") });
    expect(cli.code).toBe(0);
    const expected = cli.stdout.trim().split("\n").map((l) => JSON.parse(l));
    const answers = [];
    for (const checkIn of checkIns) {
      const r = await server.client().post("/api/v1/triage", checkIn);
      expect(r.status).toBe(200);
      answers.push(r.body);
    }
    expect(answers).toEqual(expected);
    expect(new Set(answers.map((a) => a.level))).toEqual(new Set(["self_care", "emergency", "urgent", "see_doctor"]));
  });

  it("answers POST /api/v1/plan exactly as `backcoach plan --tz` does", async () => {
    for (const tz of ["America/New_York", "Asia/Kolkata"]) {
      const cli = await runCli(["plan", "--input", "-", "--tz", tz], { input: checkIns.map((c) => JSON.stringify(c)).join("\n") });
      expect(cli.code).toBe(0);
      const expected = cli.stdout.trim().split("\n").map((l) => JSON.parse(l));
      for (const [i, checkIn] of checkIns.entries()) {
        const r = await server.client().post("/api/v1/plan", { checkIn, timeZone: tz });
        expect(r.status).toBe(200);
        expect(r.body).toEqual(expected[i]);
      }
    }
  });

  it("answers GET /healthz 200 while the database answers", async () => {
    const r = await server.client().get("/healthz");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true });
  });

  it("serves an OpenAPI document covering every route, and a docs page", async () => {
    const r = await server.client().get("/api/openapi.json");
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(r.body.paths);
    for (const p of [
      "/healthz",
      "/api/v1/auth/signup",
      "/api/v1/auth/login",
      "/api/v1/auth/logout",
      "/api/v1/me",
      "/api/v1/me/settings",
      "/api/v1/episodes",
      "/api/v1/episodes/{id}",
      "/api/v1/episodes/{id}/checkins",
      "/api/v1/episodes/{id}/plan",
      "/api/v1/episodes/{id}/clearance",
      "/api/v1/diary",
      "/api/v1/peg",
      "/api/v1/triage",
      "/api/v1/plan",
    ])
      expect(paths).toContain(p);
    // The check-in body is the zod schema's JSON Schema: strict, with its fields and bounds.
    const body = r.body.paths["/api/v1/episodes"].post.requestBody.content["application/json"].schema;
    expect(body.additionalProperties).toBe(false);
    expect(body.required).toEqual(expect.arrayContaining(["onsetAt", "regions", "painNow"]));
    expect(body.properties.painNow).toMatchObject({ type: "integer", minimum: 0, maximum: 10 });

    const page = await server.client().get("/api/docs/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.text).not.toMatch(/<script src="https?:/);
  });
});

describe("the built web app", () => {
  let server: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "backcoach-web-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), '<!doctype html><title>Backcoach</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(dist, "assets/app.js"), "console.log('app')");
    server = await startTestServer("sqlite", { config: { webDist: dist } });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves index.html at / and for the app's own routes, with the security headers", async () => {
    for (const path of ["/", "/episodes/123", "/diary/today?x=1"]) {
      const r = await server.client().get(path);
      expect({ path, status: r.status }).toEqual({ path, status: 200 });
      expect(r.text).toContain("<title>Backcoach</title>");
      expect(r.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(r.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("serves fingerprinted assets for good, and 404s what does not exist", async () => {
    const js = await server.client().get("/assets/app.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("cache-control")).toContain("immutable");
    for (const path of ["/assets/missing.js", "/api/v1/missing", "/api/anything"]) {
      const r = await server.client().get(path);
      expect({ path, status: r.status, code: r.body?.error?.code }).toEqual({ path, status: 404, code: "not_found" });
    }
    expect((await server.client().post("/somewhere", { a: 1 })).status).toBe(404);
  });

  it("still answers the API and the docs beside the app", async () => {
    expect((await server.client().get("/healthz")).body).toEqual({ ok: true });
    expect((await server.client().get("/api/openapi.json")).status).toBe(200);
  });
});
