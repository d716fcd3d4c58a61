import { useState } from "react";
import { Link, useLocation } from "wouter";
import type { CheckInInput } from "../../../src/core/checkin/schema";
import { Page } from "../ui/Page";
import { Disclaimer } from "../ui/Disclaimer";
import { ApiFailure } from "../api";
import { useSession, timeZoneOf } from "../session";
import { assess, type Assessment } from "../check/assess";
import { loadQuickCheck } from "../check/saved";
import { saveEpisode } from "./saveEpisode";
import { LevelBanner } from "./LevelBanner";
import { Reasons } from "./Reasons";
import { RedFlagList } from "./RedFlagList";
import { EmergencyResult } from "./EmergencyResult";
import { PlanItemView } from "../today/PlanItemView";
import { todayOf } from "../today/days";

/** The quick check's result, worked out on this device by the shared care core. */
export function ResultPage() {
  const session = useSession();
  const input = loadQuickCheck();
  const a = input && assessOrNone(input, timeZoneOf(session));
  if (!input || !a)
    return (
      <Page title="No check yet">
        <p>Answer the quick check first.</p>
        <Link href="/check" className="button primary big">
          Start a quick check
        </Link>
      </Page>
    );
  if (a.triage.level === "emergency") return <EmergencyResult result={a.triage} />;
  return <Result input={input} a={a} />;
}

/** A check kept by an older version of the app may no longer be valid: then it is asked again. */
function assessOrNone(input: CheckInInput, timeZone: string): Assessment | undefined {
  try {
    return assess(input, timeZone);
  } catch {
    return undefined;
  }
}

function Result({ input, a }: { input: CheckInInput; a: Assessment }) {
  const { triage } = a;
  const today = todayOf(a.plan);
  const planned = triage.level === "self_care" || triage.level === "see_doctor";
  return (
    <Page title="Your result">
      <LevelBanner result={triage} />
      <h2>What to do now</h2>
      <p className="lead">{triage.advice}</p>
      <Reasons reasons={triage.reasons} />
      {planned && today && (
        <>
          <h2>Today</h2>
          <ul className="items">
            {today.items.map((item, i) => (
              <PlanItemView key={i} item={item} plan={a.plan} />
            ))}
          </ul>
        </>
      )}
      {planned && <SaveToAccount input={input} />}
      <RedFlagList />
      <p>
        <Link href="/check">Check again</Link>
      </p>
      <Disclaimer />
    </Page>
  );
}

/** A quick-check result becomes an episode: straight away when signed in, else after sign-up. */
function SaveToAccount({ input }: { input: CheckInInput }) {
  const session = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (session.state !== "signedIn")
    return (
      <div className="notice">
        <p>Save this check to follow your plan day by day, keep a pain diary and check in again.</p>
        <Link href="/signup?save=1" className="button primary">
          Save to a new account
        </Link>{" "}
        <Link href="/signin?save=1">I have an account</Link>
      </div>
    );
  const save = async () => {
    setBusy(true);
    try {
      await saveEpisode(input);
      navigate("/today");
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : "Could not save.");
      setBusy(false);
    }
  };
  return (
    <div className="notice">
      <button type="button" className="primary" onClick={save} disabled={busy}>
        Save as a new episode
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
