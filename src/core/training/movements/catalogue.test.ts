import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MOVEMENTS, movementById } from "./catalogue";
import { nameKey } from "./match";
import { MovementSchema } from "./schema";

describe("movement catalogue", () => {
  it("holds at least 60 movements that all satisfy the schema", () => {
    expect(MOVEMENTS.length).toBeGreaterThanOrEqual(60);
    expect(z.array(MovementSchema).safeParse(MOVEMENTS).success).toBe(true);
  });

  it("has unique ids", () => {
    expect(new Set(MOVEMENTS.map((m) => m.id)).size).toBe(MOVEMENTS.length);
  });

  it("gives every name and alias to exactly one movement", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const m of MOVEMENTS)
      for (const n of [m.name, ...m.aliases]) {
        const prev = owner.get(nameKey(n));
        if (prev && prev !== m.id) clashes.push(`${n}: ${prev} / ${m.id}`);
        owner.set(nameKey(n), m.id);
      }
    expect(clashes).toEqual([]);
  });

  it("swaps only to existing, different movements that load the spine no more", () => {
    for (const m of MOVEMENTS)
      for (const to of m.swapTo) {
        const target = movementById(to);
        expect(target, `${m.id} → ${to}`).toBeDefined();
        expect(to).not.toBe(m.id);
        expect(!m.loadsSpine && target?.loadsSpine, `${m.id} → ${to} adds spinal load`).toBe(false);
      }
  });

  it("offers an alternative for every spine-loading movement (T-SWAP)", () => {
    expect(MOVEMENTS.filter((m) => m.loadsSpine && m.swapTo.length === 0).map((m) => m.id)).toEqual([]);
  });

  it("offers the swaps care-rules §4 names", () => {
    expect(movementById("barbell-deadlift")?.swapTo).toEqual(expect.arrayContaining(["trap-bar-deadlift", "hip-thrust"]));
    expect(movementById("back-squat")?.swapTo).toEqual(expect.arrayContaining(["goblet-squat", "leg-press"]));
    expect(movementById("bent-over-row")?.swapTo).toContain("chest-supported-row");
    expect(movementById("overhead-press")?.swapTo).toContain("landmine-press");
  });

  it("rejects an entry whose id is not kebab-case", () => {
    const bad = { ...MOVEMENTS[0], id: "Barbell Deadlift" };
    const r = MovementSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["id"]);
  });
});
