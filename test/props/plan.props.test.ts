import fc from "fast-check";
import { describe, it } from "vitest";
import { PROPERTIES } from "./properties";

/** 1,000 runs a property: over 10,000 cases in all (run.ts takes more). */
const RUNS = 1_000;

describe("care core safety properties (care-rules §3)", () => {
  it.each(PROPERTIES.map((p) => [p.name, p] as const))("%s", (_name, { property }) => {
    fc.assert(property, { numRuns: RUNS });
  });
});
