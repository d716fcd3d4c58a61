/**
 * API throughput and latency on loopback, with autocannon as the client in this process and
 * each server in its own child process (so they do not share an event loop):
 * `POST /api/v1/triage`, an authenticated `GET /api/v1/episodes/:id` and `POST /api/v1/diary`,
 * on SQLite and on PostgreSQL, each beside the ceiling: a bare node:http server answering the
 * same response bytes. Also the server's resident memory idle and after the load.
 * Goals: reads ≥ 50% of the ceiling's req/s with p99 < 20 ms; SQLite writes ≥ 2,000/s; RSS < 150 MB.
 */
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import type { Reply } from "./ceiling-child";
import { SERVER_LOG_LEVEL, freePort, startChild, startServer, stopChild } from "./children";
import { atLeast, both, emit, fmt, notMeasured, procMemory, say, under, type BenchRow } from "./lib";

const SECONDS = 10;
const WARMUP_SECONDS = 2;
const CONNECTIONS = 50;
const PG_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const GOAL_READ_SHARE = 0.5;
const GOAL_P99_MS = 20;
const GOAL_WRITES = 2000;
const GOAL_RSS = 150e6;

type Engine = "SQLite" | "PostgreSQL";

interface Endpoint {
  name: string;
  kind: "read" | "write";
  method: "GET" | "POST";
  path: string;
  body?: string;
  headers: Record<string, string>;
}

interface Load {
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function load(port: number, e: Endpoint, seconds: number, connections = CONNECTIONS): Promise<Load> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}${e.path}`,
        method: e.method,
        connections,
        duration: seconds,
        headers: { ...e.headers, ...(e.body !== undefined && { "content-type": "application/json" }) },
        ...(e.body !== undefined && { body: e.body }),
      },
      (err, r) =>
        err
          ? reject(err)
          : resolve({ reqPerSec: r.requests.p50, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts }),
    );
  });
}

/** A warm-up (JIT, pools, caches), then the measured run. */
async function measure(port: number, e: Endpoint): Promise<Load> {
  await load(port, e, WARMUP_SECONDS, 10);
  return load(port, e, SECONDS);
}

/** The bytes the real server answers for `e`, for the ceiling to replay. */
async function capture(port: number, e: Endpoint): Promise<Reply> {
  const res = await fetch(`http://127.0.0.1:${port}${e.path}`, {
    method: e.method,
    headers: { ...e.headers, ...(e.body !== undefined && { "content-type": "application/json" }) },
    ...(e.body !== undefined && { body: e.body }),
  });
  const replayed: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (!["date", "connection", "keep-alive", "content-length", "transfer-encoding"].includes(k)) replayed[k] = v;
  });
  return { method: e.method, path: e.path, status: res.status, headers: replayed, body: await res.text() };
}

/** A fresh database for one run: a temp SQLite file, or a new PostgreSQL schema; `drop` removes it. */
async function freshDatabase(engine: Engine): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === "SQLite") {
    const dir = mkdtempSync(join(tmpdir(), "backcoach-bench-"));
    return { url: `sqlite:${join(dir, "bench.sqlite")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `bench_${randomBytes(6).toString("hex")}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`create schema ${schema}`);
  const u = new URL(PG_URL);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return { url: u.toString(), drop: () => admin(`drop schema if exists ${schema} cascade`) };
}

const describeLoad = (l: Load) => `${fmt(l.reqPerSec)} req/s (p50 ${l.p50} ms, p99 ${l.p99} ms)`;
const problems = (l: Load) => (l.non2xx || l.errors ? `; non-2xx ${l.non2xx}, errors ${l.errors}` : "");

const CHECK_IN = {
  onsetAt: "2026-11-20T18:30:00+01:00",
  regions: ["lower_back"],
  painNow: 5,
  painWorst24h: 7,
  sharp: false,
  radiation: "buttock_or_thigh",
  trend: "same",
  age: 38,
  flags: { saddleNumbness: false, bladderOrBowelChange: false, fever: false, majorTrauma: false, constantNightPain: false },
};

interface Measured {
  server: Load;
  ceiling: Load;
}

interface EngineRun {
  endpoints: Endpoint[];
  loads: Map<string, Measured>;
  idle: number;
  after: number;
  peak: number;
}

/** Starts the ceiling child replaying `replies`; `stop` ends it and removes its file. */
async function startCeiling(replies: Reply[]): Promise<{ port: number; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "backcoach-ceiling-"));
  const file = join(dir, "replies.json");
  writeFileSync(file, JSON.stringify(replies));
  const port = await freePort();
  const child = await startChild(["--import", "tsx", "bench/ceiling-child.ts", String(port), file], {}, async () =>
    (await fetch(`http://127.0.0.1:${port}/`)).status === 404,
  );
  return {
    port,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the real server on `engine`, signs up once (sign-up is rate-limited), then loads each
 * endpoint right after its ceiling, so both meet the same machine conditions.
 */
async function runEngine(engine: Engine): Promise<EngineRun> {
  const database = await freshDatabase(engine);
  const { child: server, port } = await startServer(database.url);
  try {
    await sleep(1000);
    const idle = procMemory(server.pid!).rss;
    const api = (path: string, body: unknown, cookie = "") =>
      fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify(body),
      });
    const signup = await api("/auth/signup", { email: `bench-${randomBytes(4).toString("hex")}@example.com`, password: "bench password 1" });
    if (signup.status !== 201) throw new Error(`sign-up answered ${signup.status}: ${await signup.text()}`);
    const cookie = signup.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const episode = await api("/episodes", CHECK_IN, cookie);
    if (episode.status !== 201) throw new Error(`POST /episodes answered ${episode.status}: ${await episode.text()}`);
    const { id } = (await episode.json()) as { id: string };

    const endpoints: Endpoint[] = [
      { name: "POST /api/v1/triage", kind: "read", method: "POST", path: "/api/v1/triage", body: JSON.stringify(CHECK_IN), headers: {} },
      { name: "GET /api/v1/episodes/:id", kind: "read", method: "GET", path: `/api/v1/episodes/${id}`, headers: { cookie } },
      {
        name: "POST /api/v1/diary",
        kind: "write",
        method: "POST",
        path: "/api/v1/diary",
        body: JSON.stringify({ at: "2026-11-24T08:00:00+01:00", painNow: 4, regions: ["lower_back"], note: "after a short walk", episodeId: id }),
        headers: { cookie },
      },
    ];
    const replies: Reply[] = [];
    for (const e of endpoints) replies.push(await capture(port, e));
    for (const r of replies) if (r.status >= 300) throw new Error(`${r.method} ${r.path} answered ${r.status}: ${r.body}`);

    const ceiling = await startCeiling(replies);
    const loads = new Map<string, Measured>();
    try {
      for (const e of endpoints) {
        const c = await measure(ceiling.port, e);
        const l = await measure(port, e);
        say(`api: ${engine} ${e.name}: ${describeLoad(l)}${problems(l)}; ceiling ${describeLoad(c)}`);
        loads.set(e.name, { server: l, ceiling: c });
      }
    } finally {
      await ceiling.stop();
    }
    const { rss: after, peak } = procMemory(server.pid!);
    return { endpoints, loads, idle, after, peak };
  } finally {
    await stopChild(server);
    await database.drop();
  }
}

const rows: BenchRow[] = [];

async function report(engine: Engine): Promise<void> {
  let run: EngineRun;
  try {
    run = await runEngine(engine);
  } catch (err) {
    const why = (err as Error).message.split("\n")[0]!.slice(0, 200);
    say(`api: ${engine} not measured: ${why}`);
    rows.push(notMeasured("api", `${engine}: all endpoints`, "reads ≥ 50% of ceiling, p99 < 20 ms", why));
    return;
  }
  for (const e of run.endpoints) {
    const { server: l, ceiling: c } = run.loads.get(e.name)!;
    const share = l.reqPerSec / c.reqPerSec;
    const common = { section: "api", metric: `${e.name}, ${engine}`, value: describeLoad(l), ceiling: describeLoad(c) };
    const note = `${Math.round(share * 100)}% of ceiling${problems(l)}`;
    if (e.kind === "read")
      rows.push({
        ...common,
        goal: `≥ ${GOAL_READ_SHARE * 100}% of ceiling, p99 < ${GOAL_P99_MS} ms`,
        ...both(atLeast(share * 100, GOAL_READ_SHARE * 100, "points of ceiling"), under(l.p99, GOAL_P99_MS, "ms p99")),
        note,
      });
    else
      rows.push({
        ...common,
        goal: engine === "SQLite" ? `≥ ${fmt(GOAL_WRITES)} writes/s` : "—",
        ...(engine === "SQLite" ? atLeast(l.reqPerSec, GOAL_WRITES, "writes/s") : { verdict: "info" as const }),
        note,
      });
  }
  const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
  rows.push(
    { section: "memory", metric: `server RSS idle, ${engine}`, value: mb(run.idle), goal: "< 150 MB", ...under(run.idle / 1e6, GOAL_RSS / 1e6, "MB"), note: "VmRSS 1 s after the server first answered /healthz (migrations done, no request served)" },
    {
      section: "memory",
      metric: `server RSS after load, ${engine}`,
      value: mb(run.after),
      goal: "< 150 MB",
      ...under(run.after / 1e6, GOAL_RSS / 1e6, "MB"),
      note: `VmRSS after the ${run.endpoints.length} load tests; peak (VmHWM) ${mb(run.peak)}, which includes scrypt's 16 MiB working memory for the start-up decoy hash and the sign-up`,
    },
  );
}

await report("SQLite");
await report("PostgreSQL");
const settings = `${CONNECTIONS} connections, ${SECONDS} s each after a ${WARMUP_SECONDS} s warm-up; req/s is the median of autocannon's 1-s samples; LOG_LEVEL=${SERVER_LOG_LEVEL}`;
rows[0] = { ...rows[0]!, note: [rows[0]!.note, settings].filter(Boolean).join("; ") };
emit(rows);
