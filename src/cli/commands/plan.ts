import { plan } from "../../core/plan";
import { isTimeZone } from "../../core/timezone";
import { answerEachCheckIn } from "../checkins";
import { parseOptions, usageError } from "../options";

const USAGE = "usage: backcoach plan --input FILE|- --tz ZONE   (ZONE: an IANA time zone such as Europe/Berlin)\n";

/** `plan --input FILE|- --tz ZONE`: one plan (or error) a line per check-in; exit 2 if any was invalid. */
export async function run(argv: string[]): Promise<number> {
  const args = parseOptions(argv, ["input", "tz"]);
  if (!args.ok) return usageError(args.error, USAGE);
  const { input, tz } = args.value;
  if (tz === undefined) return usageError({ code: "required", message: "--tz ZONE is required.", field: "tz" }, USAGE);
  if (!isTimeZone(tz))
    return usageError({ code: "invalid_value", message: `tz: "${tz}" is not an IANA time zone (e.g. Europe/Berlin).`, field: "tz" }, USAGE);
  return answerEachCheckIn(input, USAGE, (checkIn) => plan(checkIn, tz));
}
