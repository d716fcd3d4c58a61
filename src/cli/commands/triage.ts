import { triage } from "../../core/triage";
import { answerEachCheckIn } from "../checkins";
import { parseOptions, usageError } from "../options";

const USAGE = "usage: backcoach triage --input FILE|-\n";

/** `triage --input FILE|-`: one triage result (or error) a line per check-in; exit 2 if any was invalid. */
export async function run(argv: string[]): Promise<number> {
  const args = parseOptions(argv, ["input"]);
  if (!args.ok) return usageError(args.error, USAGE);
  return answerEachCheckIn(args.value.input, USAGE, (checkIn) => triage(checkIn));
}
