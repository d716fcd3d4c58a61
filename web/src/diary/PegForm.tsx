import { useState, type FormEvent } from "react";
import { api, ApiFailure, type PegRecord } from "../api";
import { PainGrid } from "../ui/PainGrid";

/** The weekly PEG (Krebs et al. 2009): three 0–10 questions about the past week; the score is their mean. */
export function PegForm({ weekOf, done, onSaved }: { weekOf: string; done: PegRecord | undefined; onSaved: (p: PegRecord) => void }) {
  const [averagePain, setAveragePain] = useState<number>();
  const [enjoyment, setEnjoyment] = useState<number>();
  const [activity, setActivity] = useState<number>();
  const [error, setError] = useState<string>();
  if (done)
    return (
      <p>
        This week's score: <strong>{done.score.toFixed(1)}</strong> out of 10 (pain {done.averagePain}, enjoyment of life {done.enjoyment}, general
        activity {done.activity}).
      </p>
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (averagePain === undefined || enjoyment === undefined || activity === undefined) return setError("Answer all three.");
    try {
      onSaved(await api.addPeg({ weekOf, averagePain, enjoyment, activity }));
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : "Could not save.");
    }
  };
  return (
    <form onSubmit={submit}>
      <p className="hint">Three questions about the past week, 0 to 10.</p>
      <PainGrid legend="What number best describes your pain on average in the past week?" value={averagePain} onChange={setAveragePain} />
      <PainGrid legend="How much has pain interfered with your enjoyment of life?" value={enjoyment} onChange={setEnjoyment} scale="interference" />
      <PainGrid legend="How much has pain interfered with your general activity?" value={activity} onChange={setActivity} scale="interference" />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="big">
        Save this week's answers
      </button>
    </form>
  );
}
