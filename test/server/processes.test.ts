import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { migrations } from "../../src/db/migrations";
import { parseDatabaseUrl } from "../../src/db/url";
import { Client } from "../helpers/client";
import { firstCheckIn } from "../helpers/checkins";
import { createTestDatabase, describePostgres, type TestDatabase } from "../helpers/db";
import { runCli, spawnServer, type ServerProcess } from "../helpers/spawn";

const running: ServerProcess[] = [];
const start = async (...args: Parameters<typeof spawnServer>) => {
  const p = await spawnServer(...args);
  running.push(p);
  return p;
};
afterEach(() => {
  for (const p of running.splice(0)) p.kill("SIGKILL");
});

const ALL_MIGRATIONS = Object.keys(migrations);

const sqliteFile = (db: TestDatabase) => {
  const target = parseDatabaseUrl(db.url);
  if (target.engine !== "sqlite") throw new Error("not SQLite");
  return target.file;
};

/**
 * Diary writes from `writers` concurrent loops until `stop()` or the server goes away; every
 * entry answered 201 is remembered by its clientId.
 */
function writeStream(client: Client, writers = 4) {
  const acked: string[] = [];
  let stopped = false;
  const loops = Array.from({ length: writers }, async () => {
    while (!stopped) {
      const clientId = randomUUID();
      try {
        const r = await client.post("/api/v1/diary", { at: "2026-10-02T08:00:00Z", painNow: acked.length % 11, clientId });
        if (r.status !== 201) throw new Error(`unexpected ${r.status}`);
        acked.push(clientId);
      } catch {
        return;
      }
    }
  });
  return {
    acked,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
    until: async (n: number) => {
      while (acked.length < n && !stopped) await new Promise((r) => setTimeout(r, 5));
    },
  };
}

// Spawned processes start slower on a busy machine: give these tests room.
describe("the server as a process, on SQLite", { timeout: 90_000 }, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
  });
  afterAll(() => database.drop());

  it("loses nothing it answered 201 when killed with SIGKILL in the middle of a stream of writes", async () => {
    const first = await start({ DATABASE_URL: database.url });
    const c = new Client(first.url);
    await c.signUp();
    const stream = writeStream(c);
    await stream.until(100);
    first.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    await stream.stop();
    const acked = [...stream.acked];
    expect(acked.length).toBeGreaterThanOrEqual(100);

    const second = await start({ DATABASE_URL: database.url });
    const after = new Client(second.url);
    for (const [k, v] of c.cookies) after.cookies.set(k, v);
    const stored = new Set((await after.get("/api/v1/diary")).body.map((e: { clientId: string }) => e.clientId));
    expect(acked.filter((id) => !stored.has(id))).toEqual([]);
    const check = new SQLite(sqliteFile(database), { readonly: true });
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    check.close();
  });

  it("on SIGTERM finishes in-flight requests, closes the database and exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "backcoach-term-"));
    const file = join(dir, "db.sqlite");
    try {
      const server = await start({ DATABASE_URL: `sqlite:${file}` });
      // Sign-up hashes the password at the full scrypt cost: long enough to be in flight.
      const email = `late${randomUUID()}@example.com`;
      const inFlight = new Client(server.url).post("/api/v1/auth/signup", { email, password: "long enough" });
      while (!server.output().includes("/api/v1/auth/signup")) await new Promise((r) => setTimeout(r, 5));
      server.kill("SIGTERM");
      const answered = await inFlight.catch((err: unknown) => {
        throw new Error(`in-flight request failed: ${String(err)}\n${server.output()}`);
      });
      expect(answered.status).toBe(201);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain("shutting down");
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
      // Closed cleanly: the last connection folded the write-ahead log back and removed it.
      expect(existsSync(`${file}-wal`)).toBe(false);
      const check = new SQLite(file, { readonly: true });
      expect(check.prepare("select email from users").all()).toEqual([{ email }]);
      check.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("backs up a consistent, readable copy while the server keeps writing", async () => {
    const server = await start({ DATABASE_URL: database.url });
    const c = new Client(server.url);
    await c.signUp();
    const stream = writeStream(c, 2);
    await stream.until(30);
    const before = stream.acked.length;
    const dir = mkdtempSync(join(tmpdir(), "backcoach-backup-"));
    try {
      const to = join(dir, "copy.sqlite");
      const backup = await runCli(["backup", "--to", to], { env: { DATABASE_URL: database.url } });
      await stream.stop();
      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      expect(JSON.parse(backup.stdout)).toEqual({ to, pages: expect.any(Number) });
      const copy = new SQLite(to, { readonly: true });
      try {
        expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(copy.pragma("foreign_key_check")).toEqual([]);
        const n = (copy.prepare("select count(*) as n from diary_entries").get() as { n: number }).n;
        expect(n).toBeGreaterThanOrEqual(before);
        const applied = copy.prepare("select name from kysely_migration order by name").all();
        expect(applied).toEqual(ALL_MIGRATIONS.map((name) => ({ name })));
      } finally {
        copy.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("starts as `npm start` does on a fresh checkout with no environment: data/backcoach.sqlite, a kept secret", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "backcoach-fresh-"));
    try {
      const env = { DATABASE_URL: undefined, SESSION_SECRET: undefined, HOST: undefined, LOG_LEVEL: undefined };
      const server = await start(env, { via: "tsx", cwd });
      expect((await new Client(server.url).get("/healthz")).body).toEqual({ ok: true });
      expect(existsSync(join(cwd, "data/backcoach.sqlite"))).toBe(true);
      const secret = readFileSync(join(cwd, "data/session-secret"), "utf8");
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(statSync(join(cwd, "data/session-secret")).mode & 0o077).toBe(0);
      const c = new Client(server.url);
      const user = await c.signUp();
      // No exit-code check here: the tsx launcher SIGKILLs its child when the child has not
      // acknowledged a relayed signal within ~60 ms, which a loaded machine can exceed. The clean
      // exit itself is checked on a plain Node process, below and in the SIGTERM test.
      server.kill("SIGTERM");
      await server.exited;
      // A restart keeps the secret, so sessions survive it.
      const again = await start(env, { cwd });
      expect(readFileSync(join(cwd, "data/session-secret"), "utf8")).toBe(secret);
      const resumed = new Client(again.url);
      for (const [k, v] of c.cookies) resumed.cookies.set(k, v);
      expect((await resumed.get("/api/v1/me")).body).toMatchObject({ id: user.id });
      again.kill("SIGTERM");
      expect((await again.exited).code).toBe(0);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("`backcoach migrate` applies the migrations once", async () => {
    const db = await createTestDatabase("sqlite", { migrate: false });
    try {
      const first = await runCli(["migrate"], { env: { DATABASE_URL: db.url } });
      expect(first.code).toBe(0);
      expect(JSON.parse(first.stdout)).toEqual({ applied: ALL_MIGRATIONS });
      const second = await runCli(["migrate"], { env: { DATABASE_URL: db.url } });
      expect(JSON.parse(second.stdout)).toEqual({ applied: [] });
    } finally {
      await db.drop();
    }
  });

  it("`backcoach backup` refuses PostgreSQL and points to pg_dump", async () => {
    const r = await runCli(["backup", "--to", "/tmp/never.sqlite"], { env: { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test" } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("pg_dump");
    const usage = await runCli(["backup"], { env: { DATABASE_URL: database.url } });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--to FILE");
  });
});

describePostgres("several server processes on one PostgreSQL database", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("postgres", { migrate: false });
  });
  afterAll(() => database.drop());

  it("shares sessions and data between two processes that migrated the same schema at once", async () => {
    const [a, b] = await Promise.all([start({ DATABASE_URL: database.url }), start({ DATABASE_URL: database.url })]);
    const viaA = new Client(a!.url);
    const user = await viaA.signUp();
    const viaB = new Client(b!.url);
    for (const [k, v] of viaA.cookies) viaB.cookies.set(k, v);

    expect((await viaB.get("/api/v1/me")).body).toMatchObject({ id: user.id, email: user.email });

    const episode = (await viaA.post("/api/v1/episodes", firstCheckIn())).body;
    expect((await viaB.get(`/api/v1/episodes/${episode.id}`)).body).toEqual(episode);
    const entry = await viaB.post("/api/v1/diary", { at: "2026-10-02T08:00:00Z", painNow: 3, episodeId: episode.id, clientId: randomUUID() });
    expect(entry.status).toBe(201);
    expect((await viaA.get("/api/v1/diary")).body).toEqual([entry.body]);
    // An offline re-send landing on the other process is still recognised.
    const resend = await viaA.post("/api/v1/diary", { at: "2026-10-02T08:00:00Z", painNow: 3, episodeId: episode.id, clientId: entry.body.clientId });
    expect(resend.status).toBe(200);

    expect((await viaB.post("/api/v1/auth/logout")).status).toBe(204);
    expect((await viaA.get("/api/v1/me")).status).toBe(401);

    const applied = await database.db.selectFrom("kysely_migration" as never).select("name" as never).orderBy("name" as never).execute();
    expect(applied).toEqual(ALL_MIGRATIONS.map((name) => ({ name })));
  });

  it("`backcoach migrate` applies the migrations once on PostgreSQL too", async () => {
    const fresh = await createTestDatabase("postgres", { migrate: false });
    try {
      expect(JSON.parse((await runCli(["migrate"], { env: { DATABASE_URL: fresh.url } })).stdout)).toEqual({ applied: ALL_MIGRATIONS });
      expect(JSON.parse((await runCli(["migrate"], { env: { DATABASE_URL: fresh.url } })).stdout)).toEqual({ applied: [] });
    } finally {
      await fresh.drop();
    }
  });
}, { timeout: 90_000 });
