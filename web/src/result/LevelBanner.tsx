import type { TriageResult } from "../../../src/core/triage/schema";
import { LEVEL_WORDS } from "./levels";

/** The level in words and colour, with what to do now. */
export function LevelBanner({ result }: { result: TriageResult }) {
  const words = LEVEL_WORDS[result.level];
  return (
    <div className={`level level-${result.level}`} role="status" data-level={result.level}>
      <span className="level-name">{words.name}</span>
      <span>{words.short}</span>
    </div>
  );
}
