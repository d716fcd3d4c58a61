import { format } from "date-fns";
import { tz } from "@date-fns/tz";
import type { Plan, PlanDay } from "../../../src/core/plan/schema";
import { now } from "../clock";

/** The local calendar date of an instant in a time zone: "2026-11-24". */
export const localDate = (at: Date, zone: string): string => format(at, "yyyy-MM-dd", { in: tz(zone) });

/** The plan's day for today in the plan's own time zone, if the plan covers it. */
export function todayOf(plan: Plan | undefined): PlanDay | undefined {
  if (!plan) return undefined;
  const today = localDate(now(), plan.timeZone);
  return plan.days.find((d) => d.date === today);
}

/** The days after today. */
export function comingDays(plan: Plan): PlanDay[] {
  const today = localDate(now(), plan.timeZone);
  return plan.days.filter((d) => d.date > today);
}

/** "Wed 25 Nov" for a plan date. */
export const dayLabel = (date: string): string => format(new Date(`${date}T12:00:00Z`), "EEE d MMM", { in: tz("UTC") });
