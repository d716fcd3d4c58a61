import { fail, ok, type Result } from "../errors";
import { parseWith } from "../validation";
import { SessionSchema, type Session } from "./schema";

/**
 * Reads NDJSON sessions, one `{ startedAt, minutes, rpe }` a line; blank lines are skipped.
 * The first bad line fails the whole input, its number in the message and its field named:
 * a load series with a session silently missing would understate the load.
 *
 * @example parseSessionLines('{"startedAt":"2026-01-01T10:00:00Z","minutes":60,"rpe":5}\n')
 */
export function parseSessionLines(text: string): Result<Session[]> {
  const sessions: Session[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return fail("invalid_json", `Line ${i + 1} is not valid JSON.`);
    }
    const session = parseWith(SessionSchema, value);
    if (!session.ok) return { ok: false, error: { ...session.error, message: `Line ${i + 1}: ${session.error.message}` } };
    sessions.push(session.value);
  }
  return ok(sessions);
}
