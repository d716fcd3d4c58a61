import type { LearnPage } from "./schema";
import { deskWork } from "./pages/desk-work";
import { discDegeneration } from "./pages/disc-degeneration";
import { herniatedDisc } from "./pages/herniated-disc";
import { muscleStrain } from "./pages/muscle-strain";
import { neckStrain } from "./pages/neck-strain";
import { posture } from "./pages/posture";
import { sciatica } from "./pages/sciatica";
import { sleep } from "./pages/sleep";
import { spinalStenosis } from "./pages/spinal-stenosis";
import { whenToGetHelp } from "./pages/when-to-get-help";

/** Every Learn page, in reading order: the causes of care-rules §5, everyday advice, then when to get help. */
export const LEARN_PAGES: readonly LearnPage[] = [
  muscleStrain,
  herniatedDisc,
  discDegeneration,
  sciatica,
  spinalStenosis,
  neckStrain,
  posture,
  sleep,
  deskWork,
  whenToGetHelp,
];

/** The page with this id, or undefined (ids come from URLs, so any string may arrive). */
export function getLearnPage(id: string): LearnPage | undefined {
  return LEARN_PAGES.find((p) => p.id === id);
}
