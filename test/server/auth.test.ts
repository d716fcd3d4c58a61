import { afterAll, beforeAll, expect, it } from "vitest";
import { Client, uniqueEmail } from "../helpers/client";
import { describeEachEngine } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/server";

describeEachEngine("accounts and sessions", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(() => server.close());

  it("signs up, reads /me with the cookie, logs out, and the session is gone on the server", async () => {
    const c = server.client();
    const email = uniqueEmail();
    const signup = await c.post("/api/v1/auth/signup", { email, password: "long enough" });
    expect(signup.status).toBe(201);
    expect(signup.body).toEqual({ user: { id: expect.any(String), email } });

    const me = await c.get("/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: signup.body.user.id,
      email,
      settings: { timeZone: "UTC", units: "kg", deskWorker: false },
    });

    const stolen = new Map(c.cookies);
    const out = await c.post("/api/v1/auth/logout");
    expect(out.status).toBe(204);
    expect(c.cookies.has("bc_session")).toBe(false);
    expect((await c.get("/api/v1/me")).status).toBe(401);

    // The old cookie, replayed, no longer works: the session was deleted, not just the cookie.
    const replay = server.client();
    for (const [k, v] of stolen) replay.cookies.set(k, v);
    const r = await replay.get("/api/v1/me");
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  it("sets an HttpOnly, SameSite=Lax, Path=/ cookie with a 30-day lifetime, not Secure over http", async () => {
    const r = await server.client().post("/api/v1/auth/signup", { email: uniqueEmail(), password: "long enough" });
    const cookie = r.headers.getSetCookie().find((l) => l.startsWith("bc_session="));
    expect(cookie).toBeDefined();
    const attrs = (cookie ?? "").split(";").map((a) => a.trim().toLowerCase());
    expect(attrs).toContain("httponly");
    expect(attrs).toContain("samesite=lax");
    expect(attrs).toContain("path=/");
    expect(attrs).toContain(`max-age=${30 * 24 * 60 * 60}`);
    expect(attrs).not.toContain("secure");
  });

  it("marks the cookie Secure when the request came over https through a trusted proxy", async () => {
    const proxied = await startTestServer(engine, { config: { trustProxy: true } });
    try {
      const r = await proxied
        .client()
        .post("/api/v1/auth/signup", { email: uniqueEmail(), password: "long enough" }, { headers: { "x-forwarded-proto": "https" } });
      expect(r.status).toBe(201);
      expect(r.headers.getSetCookie()[0]).toMatch(/;\s*Secure/i);
    } finally {
      await proxied.close();
    }
  });

  it("logs in with the email in any case, and refuses a wrong password or unknown email alike", async () => {
    const email = uniqueEmail();
    await server.client().signUp(email, "correct horse");
    const c = server.client();
    const ok = await c.post("/api/v1/auth/login", { email: email.toUpperCase(), password: "correct horse" });
    expect(ok.status).toBe(200);
    expect(ok.body.user.email).toBe(email);
    expect((await c.get("/api/v1/me")).status).toBe(200);

    const wrong = await server.client().post("/api/v1/auth/login", { email, password: "wrong horse" });
    const unknown = await server.client().post("/api/v1/auth/login", { email: uniqueEmail(), password: "correct horse" });
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ error: { code: "invalid_credentials", message: expect.any(String) } });
      expect(r.headers.getSetCookie()).toEqual([]);
    }
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    const email = uniqueEmail();
    await server.client().signUp(email);
    const r = await server.client().post("/api/v1/auth/signup", { email: email.toUpperCase(), password: "another password" });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: "email_taken", field: "email" });
  });

  it.each([
    [{ password: "long enough" }, "email", "required"],
    [{ email: "not-an-email", password: "long enough" }, "email", "invalid_value"],
    [{ email: "a@example.com" }, "password", "required"],
    [{ email: "a@example.com", password: "short12" }, "password", "invalid_value"],
    [{ email: "a@example.com", password: "x".repeat(257) }, "password", "invalid_value"],
    [{ email: "a@example.com", password: 12345678 }, "password", "invalid_type"],
    [{ email: "a@example.com", password: "long enough", admin: true }, "admin", "unknown_field"],
  ])("refuses signup %j naming %s", async (body, field, code) => {
    const r = await server.client().post("/api/v1/auth/signup", body);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code, field });
  });

  it("accepts passwords of exactly 8 and 256 characters, counting code points", async () => {
    for (const password of ["12345678", "x".repeat(256), "🔒🔒🔒🔒🔒🔒🔒🔒"]) {
      const email = uniqueEmail();
      expect((await server.client().post("/api/v1/auth/signup", { email, password })).status).toBe(201);
      expect((await server.client().post("/api/v1/auth/login", { email, password })).status).toBe(200);
    }
  });

  it("rate-limits login per client and email with 429 rate_limited, leaving other emails alone", async () => {
    const email = uniqueEmail();
    await server.client().signUp(email, "the right one");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await server.client().post("/api/v1/auth/login", { email, password: "a wrong guess" })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    const limited = await server.client().post("/api/v1/auth/login", { email, password: "the right one" });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    expect(limited.headers.get("retry-after")).toBeTruthy();

    const other = uniqueEmail();
    await server.client().signUp(other, "the right one");
    expect((await server.client().post("/api/v1/auth/login", { email: other, password: "the right one" })).status).toBe(200);
  });

  it("refuses a forged or tampered cookie", async () => {
    const c = server.client();
    await c.signUp();
    const value = c.cookies.get("bc_session") ?? "";
    const forged = new Client(server.url);
    forged.cookies.set("bc_session", `${value.slice(0, -2)}xx`);
    expect((await forged.get("/api/v1/me")).status).toBe(401);
    const unsigned = new Client(server.url);
    unsigned.cookies.set("bc_session", value.split(".")[0] ?? "");
    expect((await unsigned.get("/api/v1/me")).status).toBe(401);
  });

  it("keeps settings per user and validates the time zone", async () => {
    const c = server.client();
    await c.signUp();
    const r = await c.patch("/api/v1/me/settings", { timeZone: "Europe/Berlin", deskWorker: true });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ timeZone: "Europe/Berlin", units: "kg", deskWorker: true });
    expect((await c.patch("/api/v1/me/settings", { units: "lb" })).body.units).toBe("lb");
    expect((await c.get("/api/v1/me")).body.settings).toEqual({ timeZone: "Europe/Berlin", units: "lb", deskWorker: true });

    for (const [body, field, code] of [
      [{ timeZone: "Mars/Olympus" }, "timeZone", "invalid_value"],
      [{ units: "stone" }, "units", "invalid_value"],
      [{ deskWorker: "yes" }, "deskWorker", "invalid_type"],
      [{ theme: "dark" }, "theme", "unknown_field"],
    ] as const) {
      const bad = await c.patch("/api/v1/me/settings", body);
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code, field });
    }
    expect((await c.get("/api/v1/me")).body.settings.timeZone).toBe("Europe/Berlin");
  });

  it("stores only the hash of the session token", async () => {
    const c = server.client();
    await c.signUp();
    const token = (c.cookies.get("bc_session") ?? "").split(".")[0] ?? "";
    const rows = await server.database.db.selectFrom("sessions").select("id").execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id) && r.id !== token)).toBe(true);
  });

  it("ends a session after 30 days", async () => {
    let offset = 0;
    const timed = await startTestServer(engine, { clock: () => new Date(Date.now() + offset) });
    try {
      const c = timed.client();
      await c.signUp();
      offset = 29 * 24 * 3600 * 1000;
      expect((await c.get("/api/v1/me")).status).toBe(200);
      offset = 30 * 24 * 3600 * 1000 + 60_000;
      expect((await c.get("/api/v1/me")).status).toBe(401);
    } finally {
      await timed.close();
    }
  });
});
