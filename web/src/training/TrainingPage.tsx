import { Link } from "wouter";
import { formatMoment } from "../ui/format";
import { LoadFailed } from "../ui/LoadFailed";
import { Page } from "../ui/Page";
import { useAsync } from "../ui/useAsync";
import { timeZoneOf, useSession } from "../session";
import { trainingApi, type TrainingSummary, type Workout } from "./api";
import { changeText, loadText, weightText } from "./format";
import { LoadChart } from "./LoadChart";
import { SignInFirst } from "../ui/SignInFirst";
import type { Units } from "./units";
import "./training.css";

const RULE_TITLES: Record<TrainingSummary["warnings"][number]["ruleId"], string> = {
  "T-ACWR": "Load spike",
  "T-WEEKLY": "Weekly load rising fast",
  "T-JUMP": "Weight jump",
  "T-WARMUP": "Warm-up and cool-down",
  "P-RETURN": "Return-to-training limit",
};
const ROUTINE_NAMES: Record<string, string> = { "warm-up": "Start the warm-up", "cool-down": "Start the cool-down" };

export function TrainingPage() {
  const session = useSession();
  if (session.state === "signedOut") return <SignInFirst title="Training" why="training" />;
  return <Training timeZone={timeZoneOf(session)} units={session.me.settings.units} />;
}

function Training({ timeZone, units }: { timeZone: string; units: Units }) {
  const [data, reload] = useAsync(() => Promise.all([trainingApi.summary(timeZone), trainingApi.workouts(20)]), [timeZone]);
  if (data.state === "loading") return <p className="loading">Loading your training…</p>;
  if (data.state === "failed") return <LoadFailed title="Training" what="Your training" error={data.error} />;
  const [summary, workouts] = data.value;
  return (
    <Page title="Training">
      <div className="row">
        <Link href="/training/log" className="button primary">
          Log a workout
        </Link>
        <Link href="/training/import" className="button">
          Import from Strong or Hevy
        </Link>
      </div>
      {summary.returnToTraining && <ReturnBox status={summary.returnToTraining} />}
      <h2>Warnings</h2>
      <Warnings summary={summary} />
      <h2>Load</h2>
      {summary.days.length === 0 ? (
        <p>No workouts yet: log one or import your history to start the chart.</p>
      ) : (
        <>
          <LoadChart summary={summary} />
          {summary.latest.buildingHistory && (
            <p className="hint">
              The ratio needs {summary.settings.minHistoryDays} days of history to mean anything ({summary.historyDays} so far): until then it is drawn but not warned on.
            </p>
          )}
          <Weeks summary={summary} />
          {summary.estimated.workouts > 0 && (
            <p className="hint">
              {summary.estimated.workouts} workout{summary.estimated.workouts === 1 ? "" : "s"} shown had no session effort rating. {summary.estimated.note}
            </p>
          )}
          <LoadTable summary={summary} />
        </>
      )}
      <h2>Exercises followed by pain</h2>
      <PainLinks summary={summary} />
      <h2>Recent workouts</h2>
      <WorkoutList workouts={workouts} units={units} onDeleted={reload} />
    </Page>
  );
}

function ReturnBox({ status }: { status: NonNullable<TrainingSummary["returnToTraining"]> }) {
  return (
    <div className="notice return-box">
      <strong>Back to training, week {status.week}.</strong> This week's limit is {loadText(status.cap)} load (RPE × minutes): you have logged {loadText(status.logged)}, so{" "}
      {loadText(status.remaining)} is left. Warm up before and cool down after every session.
    </div>
  );
}

function Warnings({ summary }: { summary: TrainingSummary }) {
  if (summary.warnings.length === 0) return <p>No warnings: your load is building steadily.</p>;
  return (
    <ul className="items warnings">
      {summary.warnings.map((w, i) => (
        <li key={`${w.ruleId}-${i}`} className={`item warning warning-${w.level}`}>
          <span className="kind">
            {w.level === "spike" ? "Warning" : "Caution"}: {RULE_TITLES[w.ruleId]}
          </span>{" "}
          <span className="rule-id">{w.ruleId}</span>
          <p>{w.message}</p>
          <p>
            <strong>What to do:</strong> {w.action}
          </p>
          {w.routineIds && (
            <div className="row">
              {w.routineIds.map((id) => (
                <Link key={id} href={`/exercise/${id}`} className="button">
                  {ROUTINE_NAMES[id] ?? id}
                </Link>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function Weeks({ summary }: { summary: TrainingSummary }) {
  const { thisWeek, lastWeek, weekChange } = summary;
  return (
    <table className="weeks">
      <caption className="hint">This week against last (Monday to Sunday)</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">This week</th>
          <th scope="col">Last week</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Load (RPE × min)</th>
          <td>
            {loadText(thisWeek.load)}
            {weekChange !== null && <span className="hint"> ({changeText(weekChange)})</span>}
          </td>
          <td>{loadText(lastWeek.load)}</td>
        </tr>
        <tr>
          <th scope="row">Volume (reps × kg)</th>
          <td>{loadText(thisWeek.volumeLoad)}</td>
          <td>{loadText(lastWeek.volumeLoad)}</td>
        </tr>
        <tr>
          <th scope="row">Sessions</th>
          <td>{thisWeek.sessions}</td>
          <td>{lastWeek.sessions}</td>
        </tr>
      </tbody>
    </table>
  );
}

function LoadTable({ summary }: { summary: TrainingSummary }) {
  const ratio = (r: number | null) => (r === null ? "–" : r.toFixed(2));
  return (
    <details>
      <summary>The last 14 days in numbers</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Load</th>
            <th scope="col">Ratio (EWMA)</th>
            <th scope="col">Ratio (rolling)</th>
          </tr>
        </thead>
        <tbody>
          {summary.days
            .slice(-14)
            .reverse()
            .map((d) => (
              <tr key={d.date}>
                <td>{d.date}</td>
                <td>
                  {loadText(d.load)}
                  {d.estimated && <span className="hint"> (estimated)</span>}
                </td>
                <td>{ratio(d.acwrEwma)}</td>
                <td>{ratio(d.acwrRolling)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </details>
  );
}

function PainLinks({ summary }: { summary: TrainingSummary }) {
  if (summary.painLinks.length === 0)
    return <p>No pain has begun within 48 hours of a logged workout. When it does, the exercises in those workouts are counted here.</p>;
  return (
    <ul className="items">
      {summary.painLinks.map((l) => (
        <li key={l.exercise} className="item">
          <span className="kind">{l.name}</span> <span className="rule-id">T-PAINLINK</span>
          <p>{l.message}</p>
          {l.swap && (
            <>
              <p>
                <strong>Try instead</strong> <span className="rule-id">T-SWAP</span>:{" "}
                {l.swap.alternatives.length ? l.swap.alternatives.map((a) => a.name).join(", ") : "a movement that does not hurt"}
                {l.swap.deload.topKg !== null && `, or keep it lighter: about ${Math.round(l.swap.deload.factor * 100)}% of your recent top set (${l.swap.deload.topKg} kg).`}
              </p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function WorkoutList({ workouts, units, onDeleted }: { workouts: Workout[]; units: Units; onDeleted: () => void }) {
  if (workouts.length === 0) return <p>No workouts yet.</p>;
  const remove = async (w: Workout) => {
    if (!window.confirm(`Delete the workout of ${formatMoment(w.startedAt)}?`)) return;
    await trainingApi.remove(w.id);
    onDeleted();
  };
  return (
    <ul className="items">
      {workouts.map((w) => {
        const top = w.sets.reduce<number | null>((best, s) => (s.weightKg !== null && (best === null || s.weightKg > best) ? s.weightKg : best), null);
        const names = [...new Set(w.sets.map((s) => s.exercise))];
        return (
          <li key={w.id} className="item workout">
            <span className="kind">
              {formatMoment(w.startedAt)}
              {w.title && ` · ${w.title}`}
            </span>
            <p>
              {w.minutes === null ? "No duration" : `${Math.round(w.minutes)} min`} · load {w.load.session === null ? "–" : loadText(w.load.session)}
              {w.load.rpeSource !== "session" && " (estimated)"} · {w.sets.length} sets
              {top !== null && `, top ${weightText(top, units)}`}
            </p>
            {names.length > 0 && <p className="hint">{names.slice(0, 5).join(", ")}{names.length > 5 ? "…" : ""}</p>}
            {(w.checks.missingWarmUp || w.checks.missingCoolDown) && (
              <p className="hint">
                {[w.checks.missingWarmUp && "no warm-up", w.checks.missingCoolDown && "no cool-down"].filter(Boolean).join(", ")} (T-WARMUP)
              </p>
            )}
            <div className="row">
              <Link href={`/training/log/${w.id}`} className="button">
                Edit
              </Link>
              <button type="button" className="link-button" onClick={() => void remove(w)}>
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
