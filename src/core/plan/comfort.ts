import type { PlanItem } from "./schema";
import type { Situation } from "./situation";

export function postureItem(s: Situation): PlanItem {
  const desk = s.deskWorker
    ? " At a desk, get up and move every 30–45 minutes, and use a lumbar support for your chair."
    : "";
  return {
    kind: "posture",
    ruleIds: ["P-POSTURE"],
    text: `Keep a good posture through the day: sit and stand tall, shoulders relaxed, screen at eye level.${desk}`,
  };
}

export const sleepItem = (): PlanItem => ({
  kind: "sleep",
  ruleIds: ["P-SLEEP"],
  text: "Sleep on your side with your knees bent and a pillow between your knees.",
});

/** P-RELIEF: no doses, on purpose; only while there is pain to relieve. */
export const reliefItem = (s: Situation): PlanItem | undefined =>
  s.painMax === 0
    ? undefined
    : {
        kind: "pain_relief",
        ruleIds: ["P-RELIEF"],
        text: "Over-the-counter pain relief may help: follow the label, and ask a pharmacist if unsure. For back pain, paracetamol alone is unlikely to help; a pharmacist can say whether an anti-inflammatory such as ibuprofen suits you. You can note in the diary what you took and when.",
      };
