import type { TriageResult } from "../../../src/core/triage/schema";
import { Page } from "../ui/Page";
import { LevelBanner } from "./LevelBanner";
import { Reasons } from "./Reasons";

/** An emergency shows the action and nothing else, big; "why" stays one tap away. */
export function EmergencyResult({ result }: { result: TriageResult }) {
  return (
    <Page title="Get help now" className="emergency-screen">
      <LevelBanner result={result} />
      <p className="action">{result.advice}</p>
      <a className="button big call" href="tel:112">
        Call emergency services
      </a>
      <Reasons reasons={result.reasons} summary="Why?" />
    </Page>
  );
}
