import { describe, expect, it } from "vitest";
import { parseSessionLines } from "./session-lines";

const line = (o: object) => JSON.stringify(o);

describe("parseSessionLines", () => {
  it("reads one session a line, skipping blank lines and CRLF endings", () => {
    const text = `${line({ startedAt: "2026-01-01T10:00:00Z", minutes: 60, rpe: 5 })}\r\n\r\n${line({ startedAt: "2026-01-01T18:00:00+01:00", minutes: 20.5, rpe: 2 })}\n`;
    const r = parseSessionLines(text);
    expect(r).toEqual({
      ok: true,
      value: [
        { startedAt: "2026-01-01T10:00:00Z", minutes: 60, rpe: 5 },
        { startedAt: "2026-01-01T18:00:00+01:00", minutes: 20.5, rpe: 2 },
      ],
    });
  });

  it("gives no sessions for empty input", () => {
    expect(parseSessionLines("\n \n")).toEqual({ ok: true, value: [] });
  });

  it("names the line and field of an invalid session", () => {
    const text = [line({ startedAt: "2026-01-01T10:00:00Z", minutes: 60, rpe: 5 }), "", line({ startedAt: "2026-01-02T10:00:00Z", minutes: 60, rpe: 11 })].join("\n");
    const r = parseSessionLines(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: "out_of_range", field: "rpe" });
    expect(r.error.message).toMatch(/^Line 3: rpe/);
  });

  it.each([
    [{ minutes: 60, rpe: 5 }, "required", "startedAt"],
    [{ startedAt: "2026-01-01 10:00", minutes: 60, rpe: 5 }, "invalid_value", "startedAt"],
    [{ startedAt: "2026-01-01T10:00:00Z", minutes: "60", rpe: 5 }, "invalid_type", "minutes"],
    [{ startedAt: "2026-01-01T10:00:00Z", minutes: -1, rpe: 5 }, "out_of_range", "minutes"],
    [{ startedAt: "2026-01-01T10:00:00Z", minutes: 60, rpe: 5, kind: "run" }, "unknown_field", "kind"],
  ])("rejects %j with %s on %s", (session, code, field) => {
    const r = parseSessionLines(line(session));
    expect(r.ok ? undefined : r.error).toMatchObject({ code, field });
  });

  it("rejects a line that is not JSON, with its number", () => {
    const r = parseSessionLines(`${line({ startedAt: "2026-01-01T10:00:00Z", minutes: 60, rpe: 5 })}\n{"startedAt":`);
    expect(r.ok ? undefined : r.error).toEqual({ code: "invalid_json", message: "Line 2 is not valid JSON." });
  });
});
