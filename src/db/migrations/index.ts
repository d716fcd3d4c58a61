import type { Migration } from "kysely";
import * as initial from "./2026-11-24-initial";
import * as training from "./2026-11-24-training";

/**
 * Every migration, forward only, in the order they apply. Named by date and purpose; a static
 * list (not a folder scan) so the same code runs from a checkout, a bundle or a test.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-24-initial": initial,
  "2026-11-24-training": training,
};
