import { z } from "zod";
import { FLAG_KEYS, FlagKeySchema, type FlagKey } from "../checkin/schema";

/** Small groups so the check-in can ask the red-flag questions a few at a time. */
export const RED_FLAG_GROUPS = [
  { id: "bladder-bowel-saddle", label: "Bladder, bowel and saddle area" },
  { id: "legs-arms", label: "Legs and arms" },
  { id: "whole-body", label: "Whole-body signs" },
  { id: "medical-history", label: "Medical history" },
  { id: "sudden-serious", label: "Sudden or serious signs" },
] as const;
export const RedFlagGroupIdSchema = z.enum(RED_FLAG_GROUPS.map((g) => g.id) as [RedFlagGroupId, ...RedFlagGroupId[]]);
export type RedFlagGroupId = (typeof RED_FLAG_GROUPS)[number]["id"];

export const RedFlagQuestionSchema = z.strictObject({
  key: FlagKeySchema,
  /** A plain yes/no question for the check-in; "yes" sets the flag. */
  question: z.string().endsWith("?"),
  /** The same sign as one plain sentence, for the "When to get help" page. */
  sign: z.string().endsWith("."),
  /** What to do about it, in line with the triage rules of care-rules §2. */
  whatToDo: z.string().endsWith("."),
  group: RedFlagGroupIdSchema,
});
export type RedFlagQuestion = z.infer<typeof RedFlagQuestionSchema>;

const EMERGENCY = "Call emergency services or go to the emergency department now.";

/** One question per red-flag key of care-rules §1; keyed so the compiler checks none is missing. */
export const RED_FLAG_QUESTIONS: Record<FlagKey, RedFlagQuestion> = {
  saddleNumbness: {
    key: "saddleNumbness",
    question: "Is there numbness or tingling around your bottom, genitals or inner thighs, where you would sit on a saddle?",
    sign: "Numbness or tingling around your bottom, genitals or inner thighs.",
    whatToDo: EMERGENCY,
    group: "bladder-bowel-saddle",
  },
  bladderOrBowelChange: {
    key: "bladderOrBowelChange",
    question: "Do you have new trouble peeing or pooing, leaking, or less feeling when you go?",
    sign: "New trouble peeing or pooing, leaking, or less feeling when you go to the toilet.",
    whatToDo: EMERGENCY,
    group: "bladder-bowel-saddle",
  },
  newSexualDysfunction: {
    key: "newSexualDysfunction",
    question: "Have you noticed new problems with sex, such as numb genitals or trouble getting an erection?",
    sign: "New problems with sex, such as numb genitals or trouble getting an erection.",
    whatToDo: EMERGENCY,
    group: "bladder-bowel-saddle",
  },
  bothLegsSymptoms: {
    key: "bothLegsSymptoms",
    question: "Do you have pain, tingling, numbness or weakness in both legs?",
    sign: "Pain, tingling, numbness or weakness in both legs.",
    whatToDo: EMERGENCY,
    group: "legs-arms",
  },
  progressiveWeakness: {
    key: "progressiveWeakness",
    question: "Is an arm or a leg getting weaker, for example a foot that slaps down or a grip that fails?",
    sign: "An arm or a leg that keeps getting weaker.",
    whatToDo: EMERGENCY,
    group: "legs-arms",
  },
  unsteadyWalking: {
    key: "unsteadyWalking",
    question: "Do you have new trouble walking, or do your legs feel like jelly?",
    sign: "New trouble walking, or legs that feel like jelly.",
    whatToDo: EMERGENCY,
    group: "legs-arms",
  },
  numbnessOrTingling: {
    key: "numbnessOrTingling",
    question: "Do you have numbness or tingling in one arm or one leg?",
    sign: "Numbness or tingling in one arm or one leg.",
    whatToDo:
      "This is often an irritated nerve: keep gently active, put no heat on numb skin, and see a doctor if it has not settled after 2 weeks. If you have ever had cancer, get emergency care now.",
    group: "legs-arms",
  },
  handClumsiness: {
    key: "handClumsiness",
    question: "Have your hands become clumsy, for example dropping things or fumbling with buttons?",
    sign: "Hands that have become clumsy, like dropping things or fumbling with buttons.",
    whatToDo: "See a doctor today. If you have ever had cancer, get emergency care now.",
    group: "legs-arms",
  },
  fever: {
    key: "fever",
    question: "Do you have a fever, or feel hot and shivery?",
    sign: "A fever, or feeling hot and shivery.",
    whatToDo: "See a doctor today. With neck pain, call emergency services now: it can be meningitis.",
    group: "whole-body",
  },
  cancerHistory: {
    key: "cancerHistory",
    question: "Have you ever had cancer?",
    sign: "Having had cancer at any time.",
    whatToDo:
      "See a doctor within 2 weeks, or within a day if the pain is 7 or more out of 10, lasts all night, or is in your neck, upper or mid back. Get emergency care now if you also have numbness, tingling, pain down an arm or below the knee, or clumsy hands.",
    group: "medical-history",
  },
  unexplainedWeightLoss: {
    key: "unexplainedWeightLoss",
    question: "Have you lost weight recently without trying?",
    sign: "Losing weight without trying.",
    whatToDo:
      "See a doctor within 2 weeks, or within a day if the pain is 7 or more out of 10, lasts all night, or is in your neck, upper or mid back.",
    group: "whole-body",
  },
  majorTrauma: {
    key: "majorTrauma",
    question: "Did the pain start after a big accident, such as a fall from a height, a road accident or a heavy blow?",
    sign: "Pain that started after a big accident, like a fall from a height, a road accident or a heavy blow.",
    whatToDo: "Call emergency services now, and move as little as you can.",
    group: "sudden-serious",
  },
  osteoporosisOrSteroids: {
    key: "osteoporosisOrSteroids",
    question: "Do you have thin bones (osteoporosis), or have you taken steroid tablets or injections for a long time?",
    sign: "Thin bones (osteoporosis), or taking steroid tablets or injections for a long time (inhalers do not count).",
    whatToDo: "See a doctor within 2 weeks, or within a day if the pain is 7 or more out of 10.",
    group: "medical-history",
  },
  immunosuppressedOrIvDrugs: {
    key: "immunosuppressedOrIvDrugs",
    question: "Do you have a weak immune system, from an illness or medicine, or have you ever injected drugs?",
    sign: "A weak immune system from an illness or medicine, or injecting drugs.",
    whatToDo: "See a doctor within 2 weeks.",
    group: "medical-history",
  },
  constantNightPain: {
    key: "constantNightPain",
    question: "Does the pain go on all night, even when you rest or change position?",
    sign: "Pain that goes on all night and does not ease with rest or a change of position.",
    whatToDo:
      "See a doctor within 2 weeks, or within a day if you have had cancer or lost weight without trying.",
    group: "whole-body",
  },
  chestPainOrBreathless: {
    key: "chestPainOrBreathless",
    question: "Do you have chest pain, or are you short of breath?",
    sign: "Chest pain, or being short of breath.",
    whatToDo: "Call emergency services now: it can be your heart.",
    group: "sudden-serious",
  },
  dizzinessVisionSpeechSwallow: {
    key: "dizzinessVisionSpeechSwallow",
    question: "Have you suddenly felt dizzy, seen double or lost sight, slurred your words, or had trouble swallowing?",
    sign: "Sudden dizziness, double or lost vision, slurred speech, or trouble swallowing.",
    whatToDo: "Call emergency services now: these can be signs of a stroke.",
    group: "sudden-serious",
  },
  suddenSevereHeadache: {
    key: "suddenSevereHeadache",
    question: "Have you had a sudden, very bad headache?",
    sign: "A sudden, very bad headache.",
    whatToDo: "Call emergency services now.",
    group: "sudden-serious",
  },
  suddenTearingPainOrFainting: {
    key: "suddenTearingPainOrFainting",
    question: "Have you had a sudden, severe tearing pain in your chest, back or tummy, or have you fainted?",
    sign: "A sudden, severe tearing pain in the chest, back or tummy, or fainting.",
    whatToDo: "Call emergency services now.",
    group: "sudden-serious",
  },
  lumpOrShapeChange: {
    key: "lumpOrShapeChange",
    question: "Have you noticed a lump, a swelling, or a change in the shape of your back?",
    sign: "A lump, a swelling, or a change in the shape of your back.",
    whatToDo: "See a doctor today.",
    group: "whole-body",
  },
};

/** The groups in order, each with its questions in the order of FLAG_KEYS. */
export function redFlagsByGroup(): { id: RedFlagGroupId; label: string; questions: RedFlagQuestion[] }[] {
  return RED_FLAG_GROUPS.map((g) => ({
    ...g,
    questions: FLAG_KEYS.map((k) => RED_FLAG_QUESTIONS[k]).filter((q) => q.group === g.id),
  }));
}
