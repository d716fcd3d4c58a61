import { useState, type FormEvent } from "react";
import { Link } from "wouter";
import { ApiFailure } from "../api";
import { timeZoneOf, useSession } from "../session";
import { Page } from "../ui/Page";
import { trainingApi, type ImportSummary } from "./api";
import { SignInFirst } from "../ui/SignInFirst";
import "./training.css";

/** Import a Strong or Hevy CSV export into the training log. */
export function ImportPage() {
  const session = useSession();
  if (session.state === "signedOut") return <SignInFirst title="Import workouts" why="training" />;
  return <Importer timeZone={timeZoneOf(session)} units={session.me.settings.units} />;
}

function Importer({ timeZone, units }: { timeZone: string; units: "kg" | "lb" }) {
  const [format, setFormat] = useState<"strong" | "hevy">("strong");
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportSummary>();
  const [error, setError] = useState<string>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setError("Choose the CSV file you exported.");
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await trainingApi.importCsv(format, await file.text(), timeZone));
    } catch (err) {
      setError(err instanceof ApiFailure ? err.error.message : "The file could not be imported.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Import workouts">
      <p>
        Export your history as CSV from the app (Strong: Settings → Export data; Hevy: Settings → Export &amp; import data), then choose the file here. Importing the same
        file again adds nothing twice.
      </p>
      <form onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>Which app is it from?</legend>
          <div className="choices">
            {(["strong", "hevy"] as const).map((f) => (
              <label key={f} className="choice">
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                {f === "strong" ? "Strong" : "Hevy"}
              </label>
            ))}
          </div>
        </fieldset>
        <label htmlFor="import-file">CSV file</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0])} />
        <p className="hint">
          Times are read in your time zone ({timeZone}). Strong files that do not say their unit are read in your units ({units}).
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? "Importing…" : "Import"}
        </button>
      </form>
      {result && (
        <section aria-labelledby="import-result" role="status">
          <h2 id="import-result">Imported</h2>
          <p>
            {result.workouts} new workout{result.workouts === 1 ? "" : "s"}, {result.sets} set{result.sets === 1 ? "" : "s"}, {result.exercises} exercise
            {result.exercises === 1 ? "" : "s"}.{result.workouts === 0 && " Everything in this file was already in your log."}
          </p>
          {result.skipped.length > 0 && (
            <>
              <h3>Lines left out</h3>
              <ul>
                {result.skipped.map((s) => (
                  <li key={s.line}>
                    Line {s.line}: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          <Link href="/training" className="button primary">
            See your training
          </Link>
        </section>
      )}
    </Page>
  );
}
