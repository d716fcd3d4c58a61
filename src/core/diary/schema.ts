import { z } from "zod";
import { InstantSchema, PainSchema } from "../checkin/schema";

/** One dated NRS rating, all the trend rules (D-NOTIMPROVING, D-WORSE) need of a diary entry. */
export const DiaryPointSchema = z.object({ at: InstantSchema, painNow: PainSchema });
export type DiaryPoint = z.infer<typeof DiaryPointSchema>;
