import type { Reason } from "../../../src/core/triage/schema";

/** "Why": the rules that fired, by id and message (care-rules §2). One tap away. */
export function Reasons({ reasons, summary = "Why this result?" }: { reasons: readonly Reason[]; summary?: string }) {
  return (
    <details className="why">
      <summary>{summary}</summary>
      <ul className="reasons">
        {reasons.map((r) => (
          <li key={r.ruleId}>
            <span className="rule-id">{r.ruleId}</span> {r.message}
          </li>
        ))}
      </ul>
      <p className="hint">
        The ids name the rules in Backcoach's care rules; the sources are on the <a href="/learn">Learn</a> pages.
      </p>
    </details>
  );
}
