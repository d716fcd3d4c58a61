import type { Level } from "./schema";
import { anyFlag, flag, inRegion, type Facts } from "./facts";

/** One row of care-rules §2: its id, level, when it fires, what it says and on whose word. */
export interface Rule {
  id: string;
  level: Level;
  fires: (f: Facts) => boolean;
  message: string;
  source: string;
}

const DAYS = 24;
const c = (f: Facts) => f.checkIn;

/** care-rules §2, in its order. S-OK is not here: it is what remains when none of these fires. */
export const RULES: readonly Rule[] = [
  {
    id: "E-CES",
    level: "emergency",
    fires: (f) => anyFlag(c(f), "saddleNumbness", "bladderOrBowelChange", "newSexualDysfunction", "bothLegsSymptoms"),
    message:
      "Numbness in the saddle area, bladder, bowel or sexual changes, or symptoms in both legs can mean cauda equina syndrome: go to an emergency department now.",
    source: "NHS: sciatica and back pain (symptoms in both legs: call 999 or go to A&E)",
  },
  {
    id: "E-NEURO",
    level: "emergency",
    fires: (f) => anyFlag(c(f), "progressiveWeakness", "unsteadyWalking"),
    message: "Weakness that is getting worse, or new trouble walking, needs emergency care now.",
    source: "NICE CKS: sciatica, interpreting red flags",
  },
  {
    id: "E-TRAUMA",
    level: "emergency",
    fires: (f) => flag(c(f), "majorTrauma"),
    message: "After a fall from height, a road accident or a heavy blow the spine may be broken: get emergency care and move no more than you need to.",
    source: "NICE CKS: back pain, red flags",
  },
  {
    id: "E-CHEST",
    level: "emergency",
    fires: (f) => flag(c(f), "chestPainOrBreathless"),
    message: "Chest pain or breathlessness with back or neck pain can come from the heart: call emergency services.",
    source: "NHS: heart attack",
  },
  {
    id: "E-AORTA",
    level: "emergency",
    fires: (f) => flag(c(f), "suddenTearingPainOrFainting"),
    message: "Sudden severe tearing pain or fainting can mean a tear in the main artery (aortic dissection) or a burst aneurysm: call emergency services.",
    source: "NHS: aortic dissection",
  },
  {
    id: "E-STROKE",
    level: "emergency",
    fires: (f) => flag(c(f), "dizzinessVisionSpeechSwallow"),
    message: "Sudden dizziness, vision, speech or swallowing trouble can be a stroke or an injured neck artery: call emergency services.",
    source: "NHS: stroke (Act FAST)",
  },
  {
    id: "E-HEADACHE",
    level: "emergency",
    fires: (f) => flag(c(f), "suddenSevereHeadache"),
    message: "A sudden, very severe headache needs emergency care.",
    source: "NHS: headaches",
  },
  {
    id: "E-MENINGITIS",
    level: "emergency",
    fires: (f) => inRegion(c(f), "neck") && flag(c(f), "fever"),
    message: "Neck pain with a fever can be meningitis: call emergency services.",
    source: "NHS: meningitis",
  },
  {
    id: "E-MSCC",
    level: "emergency",
    fires: (f) => flag(c(f), "cancerHistory") && (f.nerveSigns || flag(c(f), "handClumsiness")),
    message: "After cancer, nerve symptoms with back or neck pain can mean pressure on the spinal cord: get emergency care now.",
    source: "NICE CG75 / NG234: metastatic spinal cord compression",
  },
  {
    id: "U-INFECT",
    level: "urgent",
    fires: (f) => flag(c(f), "fever"),
    message: "Back or neck pain with a fever can mean an infection in the spine: see a doctor today.",
    source: "NICE CKS: back pain, red flags",
  },
  {
    id: "U-CANCER",
    level: "urgent",
    fires: (f) =>
      anyFlag(c(f), "cancerHistory", "unexplainedWeightLoss") &&
      (flag(c(f), "constantNightPain") || f.painNow >= 7 || inRegion(c(f), "neck", "upper_back", "mid_back")),
    message: "With a history of cancer or unexplained weight loss, this pain needs a doctor within 24 hours.",
    source: "NICE CG75: metastatic spinal cord compression",
  },
  {
    id: "U-FRACTURE",
    level: "urgent",
    fires: (f) => flag(c(f), "osteoporosisOrSteroids") && f.painMax >= 7,
    message: "New severe pain with fragile bones (osteoporosis or long-term steroids) can be a fracture: see a doctor within 24 hours.",
    source: "NICE CKS: back pain, red flags",
  },
  {
    id: "U-MYELO",
    level: "urgent",
    fires: (f) => flag(c(f), "handClumsiness"),
    message: "Clumsy hands can mean pressure on the spinal cord in the neck: see a doctor today.",
    source: "NICE CKS: neck pain, red flags",
  },
  {
    id: "U-LUMP",
    level: "urgent",
    fires: (f) => flag(c(f), "lumpOrShapeChange"),
    message: "A lump, a swelling or a change in the shape of your back needs an urgent appointment: see a doctor today.",
    source: "NHS: back pain",
  },
  {
    id: "D-RISK",
    level: "see_doctor",
    fires: (f) =>
      anyFlag(c(f), "cancerHistory", "unexplainedWeightLoss", "immunosuppressedOrIvDrugs", "osteoporosisOrSteroids", "constantNightPain"),
    message: "You have a risk factor that needs a doctor's assessment within two weeks.",
    source: "NICE NG59 and CKS: back pain, red flags",
  },
  {
    id: "D-SHARP",
    level: "see_doctor",
    fires: (f) => c(f).sharp === true,
    message: "Sharp pain may mean an injury: stop working out and see a doctor.",
    source: "Seed article: back pain after exercise",
  },
  {
    id: "D-NOTIMPROVING",
    level: "see_doctor",
    fires: (f) => f.hoursSinceOnset >= 14 * DAYS && f.notImproving,
    message: "Two weeks on, your pain has not eased by the 30% that counts as real improvement: stop working out and see a doctor.",
    source: "Seed article; NHS: back pain (not improved after a few weeks); IMMPACT 30% change",
  },
  {
    id: "D-WORSE",
    level: "see_doctor",
    fires: (f) => f.hoursSinceOnset >= 72 && f.worsening,
    message: "Your pain is getting worse after the first days: see a doctor.",
    source: "NHS: back pain and sciatica",
  },
  {
    id: "D-PERSIST",
    level: "see_doctor",
    fires: (f) => f.hoursSinceOnset >= 28 * DAYS && f.painNow >= 1,
    message: "Pain lasting 4 weeks or more should be checked by a doctor.",
    source: "NHS: back pain; NICE CKS: back pain",
  },
  {
    id: "D-RADIATE",
    level: "see_doctor",
    fires: (f) => f.hoursSinceOnset >= 14 * DAYS && f.nerveSigns,
    message: "Nerve pain (spreading below the knee or into an arm, or numbness or tingling) that has not settled in two weeks should be assessed by a doctor.",
    source: "NHS: sciatica; NICE CKS: sciatica",
  },
  {
    id: "D-SEVERE",
    level: "see_doctor",
    fires: (f) => f.hoursSinceOnset >= 72 && f.painNow >= 8,
    message: "Severe pain that has not settled after 3 days needs a doctor.",
    source: "NHS: back pain",
  },
];

/** S-OK: the row that answers when no rule above fires. */
export const SELF_CARE_RULE = {
  id: "S-OK",
  level: "self_care",
  message: "No warning sign found: follow the recovery plan.",
  source: "care-rules §2–§3",
} as const satisfies Omit<Rule, "fires">;
