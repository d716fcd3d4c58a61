import { useState } from "react";
import type { FlagKey, Flags } from "../../../src/core/checkin/schema";
import { api, ApiFailure, type Episode } from "../api";
import { now } from "../clock";
import { toInstant } from "../check/onset";
import { triageOf } from "../check/assess";
import { FLAG_GROUPS } from "../check/flagGroups";
import { YesNo } from "../ui/Choices";

/**
 * care-rules §1: every red flag is asked before a self-care plan is shown. An episode started
 * elsewhere (the API, the command line) may lack some answers: they are asked here, a group
 * at a time, and sent as a new check-in; a "yes" that makes it an emergency is sent at once.
 */
export function MissingFlags({ episode, onDone }: { episode: Episode; onDone: () => void }) {
  const missing = new Set<FlagKey>(episode.triage.unansweredFlags);
  const groups = FLAG_GROUPS.map((g) => ({ ...g, questions: g.questions.filter((q) => missing.has(q.key)) })).filter((g) => g.questions.length);
  const [index, setIndex] = useState(0);
  const [flags, setFlags] = useState<Flags>(episode.latestCheckIn.flags ?? {});
  const [error, setError] = useState<string>();
  const group = groups[Math.min(index, groups.length - 1)];
  if (!group) return null;

  const send = async (answers: Flags) => {
    const { onsetAt: _onset, now: _now, ...last } = episode.latestCheckIn;
    try {
      await api.checkIn(episode.id, { ...last, flags: answers });
      onDone();
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : "Could not send the answers.");
    }
  };
  const answer = (key: FlagKey, yes: boolean) => {
    const next = { ...flags, [key]: yes };
    setFlags(next);
    if (yes && triageOf({ ...episode.latestCheckIn, flags: next, now: toInstant(now()) }).level === "emergency") void send(next);
  };
  const answered = group.questions.every((q) => flags[q.key] !== undefined);
  const last = index >= groups.length - 1;
  return (
    <section className="notice" aria-labelledby="missing-title">
      <h2 id="missing-title">Before your plan: {group.title.toLowerCase()}</h2>
      <p className="hint">
        Some safety questions have no answer yet (screen {index + 1} of {groups.length}).
      </p>
      {group.questions.map((q) => (
        <div className="question" key={q.key}>
          <YesNo question={q.text} value={flags[q.key]} onChange={(yes) => answer(q.key, yes)} />
        </div>
      ))}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="primary big" disabled={!answered} onClick={() => (last ? void send(flags) : setIndex(index + 1))}>
        {last ? "Send the answers" : "Next"}
      </button>
    </section>
  );
}
