import type { PlanItem } from "../../../src/core/plan/schema";
import { load, save } from "../storage";

/** Which of a day's items are ticked off, kept on this device per episode and date. */
const key = (episodeId: string, date: string) => `done.${episodeId}.${date}`;

/** A stable name for an item within its day (kind, exercise and position). */
export const itemKey = (item: PlanItem, index: number): string => `${index}:${item.kind}:${item.exerciseId ?? ""}`;

export const loadDone = (episodeId: string, date: string): string[] => load<string[]>(key(episodeId, date)) ?? [];

export function setDone(episodeId: string, date: string, item: string, done: boolean): string[] {
  const now = new Set(loadDone(episodeId, date));
  if (done) now.add(item);
  else now.delete(item);
  const list = [...now];
  save(key(episodeId, date), list);
  return list;
}
