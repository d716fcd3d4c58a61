import { afterEach, describe, expect, it, vi } from "vitest";
import { setMe } from "../session";
import { enqueueDiary, flush, outboxState } from "./outbox";

type Reply = { status: number; body?: unknown } | "offline";

/** A fake server: answers in turn from `replies`, recording every diary POST body. */
function fakeServer(replies: Reply[]) {
  const posted: { clientId: string; painNow: number }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: { body: string }) => {
      const reply = replies.shift() ?? { status: 201 };
      if (reply === "offline") throw new TypeError("Failed to fetch");
      const body = JSON.parse(init.body) as { clientId: string; painNow: number };
      posted.push(body);
      return new Response(JSON.stringify(reply.body ?? { id: "x", ...body }), { status: reply.status, headers: { "content-type": "application/json" } });
    }),
  );
  return posted;
}

describe("diary outbox", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("keeps entries through a network failure and sends each once, in order, when it returns", async () => {
    setMe({ id: "u", email: "a@b.c", settings: { timeZone: "UTC", units: "kg", deskWorker: false } });
    const posted = fakeServer(["offline", "offline"]);
    const a = enqueueDiary({ at: "2026-11-24T08:00:00Z", painNow: 5 }, "2026-11-24T08:00:00Z");
    await flush();
    const b = enqueueDiary({ at: "2026-11-24T09:00:00Z", painNow: 4 }, "2026-11-24T09:00:00Z");
    await flush();
    expect(posted).toEqual([]);
    expect(a.entry.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.entry.clientId).not.toBe(b.entry.clientId);
    await flush();
    expect(posted.map((p) => [p.clientId, p.painNow])).toEqual([
      [a.entry.clientId, 5],
      [b.entry.clientId, 4],
    ]);
    await flush();
    expect(posted).toHaveLength(2);
    expect(outboxState().pending).toEqual([]);
  });

  it("sets aside an entry the server refuses, and goes on with the rest", async () => {
    setMe({ id: "u", email: "a@b.c", settings: { timeZone: "UTC", units: "kg", deskWorker: false } });
    const posted = fakeServer([{ status: 400, body: { error: { code: "out_of_range", message: "painNow: too big", field: "painNow" } } }]);
    enqueueDiary({ at: "2026-11-24T08:00:00Z", painNow: 11 }, "2026-11-24T08:00:00Z");
    enqueueDiary({ at: "2026-11-24T09:00:00Z", painNow: 3 }, "2026-11-24T09:00:00Z");
    await flush();
    expect(posted.map((p) => p.painNow)).toEqual([11, 3]);
    expect(outboxState().pending).toEqual([]);
    expect(outboxState().rejected).toMatchObject([{ entry: { painNow: 11 }, message: "painNow: too big" }]);
  });

  it("waits while signed out", async () => {
    setMe(null);
    const posted = fakeServer([]);
    enqueueDiary({ at: "2026-11-24T10:00:00Z", painNow: 2 }, "2026-11-24T10:00:00Z");
    await flush();
    expect(posted).toEqual([]);
    expect(outboxState().pending).toHaveLength(1);
  });
});
