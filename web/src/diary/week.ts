import { format, startOfWeek } from "date-fns";
import { tz } from "@date-fns/tz";

/** The Monday that starts the local week of `at`, as "YYYY-MM-DD" (the PEG's weekOf). */
export const weekOf = (at: Date, zone: string): string =>
  format(startOfWeek(at, { weekStartsOn: 1, in: tz(zone) }), "yyyy-MM-dd", { in: tz(zone) });
