import { FLAG_KEYS, type CheckIn } from "../checkin/schema";
import type { DiaryPoint } from "../diary";
import { ADVICE } from "./advice";
import { factsOf } from "./facts";
import { RULES, SELF_CARE_RULE } from "./rules";
import { LEVELS, type Reason, type TriageResult } from "./schema";

const say = (rule: { id: string; message: string; source: string }): Reason => ({
  ruleId: rule.id,
  message: `${rule.message} (Source: ${rule.source}.)`,
});

/**
 * Triage of care-rules §2: the most urgent level any rule reaches, every rule that fired,
 * and every red flag left unanswered. `diary` (this episode's dated ratings) feeds the
 * trend rules D-NOTIMPROVING and D-WORSE.
 *
 * @example triage({ onsetAt, now, regions: ["lower_back"], painNow: 4, sharp: true }).level // "see_doctor"
 */
export function triage(checkIn: CheckIn, diary?: readonly DiaryPoint[]): TriageResult {
  const facts = factsOf(checkIn, diary);
  const fired = RULES.filter((r) => r.fires(facts));
  const level = LEVELS.find((l) => fired.some((r) => r.level === l)) ?? "self_care";
  return {
    level,
    stopTraining: level !== "self_care",
    reasons: fired.length ? fired.map(say) : [say(SELF_CARE_RULE)],
    unansweredFlags: FLAG_KEYS.filter((k) => checkIn.flags?.[k] === undefined),
    advice: ADVICE[level],
  };
}
