import { z } from "zod";
import { CheckInInputSchema } from "../../core/checkin/schema";
import { TimeZoneSchema } from "./account";

/** POST /api/v1/plan: a check-in and the zone whose local days the plan is laid out in. */
export const PlanRequestSchema = z.strictObject({ checkIn: CheckInInputSchema, timeZone: TimeZoneSchema });

export const ErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});
