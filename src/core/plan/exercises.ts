import { dosageText, getExercise, type ExerciseId as CatalogueId } from "../exercises";
import type { LocalDay } from "./days";
import type { PlanItem } from "./schema";
import type { Situation } from "./situation";

const STOP = "Stop if it hurts.";

/** How to do each exercise the plan names; the amount comes from the catalogue's dosage. */
const HOW = {
  "standing-back-extension":
    "Standing back extension: hands on your lower back, knees straight, bend back gently from the waist, then return. Do not stretch too far back; stop at any pain.",
  "knee-to-chest": "Knee-to-chest: lying on your back, knees bent, bring one knee then the other to your chest and hug them gently.",
  "chin-tuck": "Chin tuck: sitting or standing tall, draw your chin straight back, hold, relax.",
  "shoulder-blade-squeeze": "Shoulder-blade squeeze: sitting tall, squeeze your shoulder blades together gently, hold, relax.",
  "cat-camel": "Cat-camel: on hands and knees, slowly round your back up, then let it sag gently, within comfort.",
  "bird-dog": "Bird dog: on hands and knees, back flat and core braced, raise the opposite arm and leg in line with your back, then lower.",
  "dead-bug": "Dead bug: on your back, arms up and knees bent over your hips, lower the opposite arm and leg slowly, back flat on the floor.",
  "glute-bridge": "Glute bridge: on your back, knees bent, lift your hips until your body is in line from knees to shoulders, then lower.",
  "side-plank": "Side plank: on your side, propped on your forearm with knees bent, lift your hips in a straight line.",
} as const satisfies Partial<Record<CatalogueId, string>>;

type ExerciseId = keyof typeof HOW;

/** Built once: the plan is on the hot path, the texts never change. */
const ITEMS = Object.fromEntries(
  (Object.keys(HOW) as ExerciseId[]).map((id) => {
    const { dosage } = getExercise(id);
    return [id, { text: `${HOW[id]} ${dosageText(dosage)} ${STOP}`, timesPerDay: dosage.timesPerDay ?? 1 }];
  }),
) as Record<ExerciseId, { text: string; timesPerDay: number }>;

const exercise = (kind: "stretch" | "strengthen", exerciseId: ExerciseId, ruleIds: string[]): PlanItem => ({
  kind,
  ruleIds: [...ruleIds, "P-STOP"],
  ...ITEMS[exerciseId],
  exerciseId,
  stopIfPain: true,
});
const stretch = (id: ExerciseId, ruleIds: string[]) => exercise("stretch", id, ruleIds);
const strengthen = (id: ExerciseId) => exercise("strengthen", id, ["P-STRENGTH"]);

/** Severe pain in the first 48 h keeps the stretching to knee-to-chest or chin tuck (P-STRETCH). */
const severeEarly = (day: LocalDay, s: Situation) => s.severity === "severe" && Math.max(day.start, s.now) < s.heatFrom;

/**
 * The day's stretches (P-STRETCH). Under P-DOCTOR only the gentle three remain: knee-to-chest
 * for the lower or mid back, chin tuck for the neck or upper back, cat-camel for any part of
 * the back (not for the neck alone).
 */
export function stretchItems(day: LocalDay, s: Situation): PlanItem[] {
  const early = severeEarly(day, s);
  const items: PlanItem[] = [];
  if (s.doctorLimits) {
    const ids = ["P-STRETCH", "P-DOCTOR"];
    if (s.lowerBack) items.push(stretch("knee-to-chest", ids));
    if (s.upperBack) items.push(stretch("chin-tuck", ids));
    if (s.anyBack && !early) items.push(stretch("cat-camel", ids));
    return items;
  }
  if (s.lowerBack) {
    if (!early) items.push(stretch("standing-back-extension", ["P-STRETCH"]));
    items.push(stretch("knee-to-chest", ["P-STRETCH"]));
  }
  if (s.upperBack) {
    items.push(stretch("chin-tuck", ["P-STRETCH"]));
    if (!early) items.push(stretch("shoulder-blade-squeeze", ["P-STRETCH"]));
  }
  return items;
}

/**
 * P-STRENGTH's stages, counted in local days from the first day of the current run of mild
 * days: bird dog from day 0, dead bug and glute bridge from day 3, side plank from day 7.
 * None under P-DOCTOR, and none with nerve signs (P-NERVE: no loaded work while they last).
 */
export const STAGES: readonly (readonly [fromDay: number, ids: readonly ExerciseId[]])[] = [
  [0, ["bird-dog"]],
  [3, ["dead-bug", "glute-bridge"]],
  [7, ["side-plank"]],
];

export function strengthItems(day: LocalDay, s: Situation): PlanItem[] {
  if (s.doctorLimits || s.nerveSigns || s.mildSince === undefined) return [];
  const k = day.day - s.mildSince;
  return STAGES.filter(([from]) => k >= from).flatMap(([, ids]) => ids.map(strengthen));
}

/** Short walks every day, at every severity: bed rest is not advised (P-REST; kept by P-DOCTOR and P-NERVE). */
const WALK = getExercise("walk").dosage;
const WALK_TEXT = `Short walks at an easy pace keep you gently active; bed rest is not advised. ${dosageText(WALK)} ${STOP}`;

export function walkItem(s: Situation): PlanItem {
  const ruleIds = ["P-REST", ...(s.doctorLimits ? ["P-DOCTOR"] : []), ...(s.nerveSigns ? ["P-NERVE"] : []), "P-STOP"];
  return { kind: "walk", ruleIds, text: WALK_TEXT, exerciseId: "walk", timesPerDay: WALK.timesPerDay ?? 1, stopIfPain: true };
}
