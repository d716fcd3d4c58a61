import { describe, expect, it } from "vitest";
import { getExercise } from "../../../src/core/exercises";
import { buildScript, MOVE_SECONDS, phaseAt, REST_SECONDS } from "./script";

describe("guided exercise scripts", () => {
  it("bird dog: 5 s holds, sides alternating, 5 counted reps each side", () => {
    const s = buildScript(getExercise("bird-dog"));
    expect(s.setup).toHaveLength(2);
    const holds = s.phases.filter((p) => p.kind === "hold");
    expect(holds).toHaveLength(10);
    expect(holds.every((p) => p.seconds === 5)).toBe(true);
    expect(holds.map((p) => p.text.startsWith("Raise your right") ? "R" : "L").join("")).toBe("RLRLRLRLRL");
    expect(holds.map((p) => p.rep)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(s.totalSeconds).toBe(5 * (5 + MOVE_SECONDS + 5 + MOVE_SECONDS));
  });

  it("adds a rest between sets", () => {
    const s = buildScript(getExercise("glute-bridge"));
    expect(s.phases.filter((p) => p.kind === "rest")).toEqual([expect.objectContaining({ seconds: REST_SECONDS, set: 2 })]);
    expect(s.phases.filter((p) => p.kind === "hold")).toHaveLength(16);
  });

  it("plays a routine's timed steps once and a walk as one timed phase", () => {
    const warm = buildScript(getExercise("warm-up"));
    expect(warm.setup).toEqual([]);
    expect(warm.phases.every((p) => p.kind === "timed")).toBe(true);
    const walk = buildScript(getExercise("walk"));
    expect(walk.phases).toHaveLength(1);
    expect(walk.totalSeconds).toBe(600);
  });

  it("repeats the out-and-back movement of an exercise without holds", () => {
    const s = buildScript(getExercise("standing-back-extension"));
    expect(s.setup).toHaveLength(3);
    expect(s.phases).toHaveLength(10);
  });

  it("finds the phase for a moment, and none after the end", () => {
    const s = buildScript(getExercise("bird-dog"));
    expect(phaseAt(s, 0)).toMatchObject({ index: 0, leftMs: 5000 });
    expect(phaseAt(s, 5000)).toMatchObject({ index: 1, leftMs: MOVE_SECONDS * 1000 });
    expect(phaseAt(s, s.totalSeconds * 1000)).toBeUndefined();
  });
});
