import { useState, type FormEvent } from "react";
import type { Trend } from "../../../src/core/checkin/schema";
import { api, ApiFailure, type Episode } from "../api";
import { PainGrid } from "../ui/PainGrid";
import { Choices, YesNo } from "../ui/Choices";

const TRENDS: { value: Trend; label: string }[] = [
  { value: "better", label: "Better" },
  { value: "same", label: "About the same" },
  { value: "worse", label: "Worse" },
];

/**
 * "Check in again if anything changes": a short follow-up (pain now, better or worse, sharp).
 * Where it hurts, where it spreads and the red-flag answers carry over from the last check-in;
 * the server triages it with the episode's diary and the plan follows.
 */
export function FollowUpForm({ episode, onDone }: { episode: Episode; onDone: () => void }) {
  const [pain, setPain] = useState<number>();
  const [trend, setTrend] = useState<Trend>();
  const [sharp, setSharp] = useState<boolean>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pain === undefined || trend === undefined || sharp === undefined) return setError("Answer all three.");
    const { onsetAt: _onset, now: _now, painWorst24h: _worst, ...last } = episode.latestCheckIn;
    setBusy(true);
    try {
      await api.checkIn(episode.id, { ...last, painNow: pain, trend, sharp });
      onDone();
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : "Could not check in.");
      setBusy(false);
    }
  };
  return (
    <details className="follow-up">
      <summary>Something changed? Check in again</summary>
      <form onSubmit={submit}>
        <PainGrid legend="Pain right now" value={pain} onChange={setPain} />
        <Choices legend="Since it began, is it…" options={TRENDS} value={trend} onChange={setTrend} className="choices" />
        <YesNo question="Is the pain sharp or stabbing?" value={sharp} onChange={setSharp} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary big" disabled={busy}>
          Check in
        </button>
      </form>
    </details>
  );
}
