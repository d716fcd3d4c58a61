import { useState, type FormEvent } from "react";
import { REGIONS, type Region } from "../../../src/core/checkin/schema";
import { now } from "../clock";
import { toInstant, toLocalInput, fromLocalInput } from "../check/onset";
import { REGION_LABELS } from "../check/regions";
import { PainGrid } from "../ui/PainGrid";
import { enqueueDiary } from "./outbox";

/** The ten-second daily entry: a number, where, and optionally a note and what was taken. */
export function DiaryForm({ episodeId, defaultRegions }: { episodeId: string | undefined; defaultRegions: readonly Region[] }) {
  const [pain, setPain] = useState<number>();
  const [regions, setRegions] = useState<Region[]>([...defaultRegions]);
  const [note, setNote] = useState("");
  const [tookSomething, setTookSomething] = useState(false);
  const [medName, setMedName] = useState("");
  const [medAt, setMedAt] = useState(() => toLocalInput(now()));
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<string>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pain === undefined) return setError("Choose a number from 0 to 10.");
    const takenAt = fromLocalInput(medAt);
    if (tookSomething && (!medName.trim() || !takenAt)) return setError("Say what you took and when, or untick it.");
    setError(undefined);
    const at = toInstant(now());
    enqueueDiary(
      {
        at,
        painNow: pain,
        regions,
        ...(note.trim() && { note: note.trim() }),
        ...(episodeId && { episodeId }),
        ...(tookSomething && takenAt && { medication: { name: medName.trim(), takenAt: toInstant(takenAt) } }),
      },
      at,
    );
    setSaved(navigator.onLine ? "Saved." : "Saved on this device; it will be sent when you are online.");
    setPain(undefined);
    setNote("");
    setTookSomething(false);
    setMedName("");
  };

  return (
    <form onSubmit={submit} aria-labelledby="entry-title">
      <h2 id="entry-title">Today's pain</h2>
      <PainGrid legend="Pain right now" value={pain} onChange={setPain} />
      <fieldset>
        <legend>Where</legend>
        <div className="chips">
          {REGIONS.map((r) => (
            <label key={r} className="choice">
              <input
                type="checkbox"
                checked={regions.includes(r)}
                onChange={(e) => setRegions(e.target.checked ? REGIONS.filter((x) => x === r || regions.includes(x)) : regions.filter((x) => x !== r))}
              />
              {REGION_LABELS[r]}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor="note">Note (optional)</label>
      <textarea id="note" rows={2} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      <label className="choice" style={{ marginTop: "0.75rem" }}>
        <input type="checkbox" checked={tookSomething} onChange={(e) => setTookSomething(e.target.checked)} />I took a pain reliever
      </label>
      {tookSomething && (
        <>
          <label htmlFor="med-name">What</label>
          <input id="med-name" value={medName} onChange={(e) => setMedName(e.target.value)} autoComplete="off" />
          <label htmlFor="med-at">When</label>
          <input id="med-at" type="datetime-local" value={medAt} max={toLocalInput(now())} onChange={(e) => setMedAt(e.target.value)} />
          <p className="hint">Recorded only: Backcoach gives no advice on doses. Follow the label, or ask a pharmacist.</p>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {saved && !error && <p role="status">{saved}</p>}
      <button type="submit" className="primary big">
        Save entry
      </button>
    </form>
  );
}
