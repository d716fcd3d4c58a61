import { describe, expect, it } from "vitest";
import { EXERCISES, getExercise, routineSeconds } from "./catalogue";
import { EXERCISE_IDS, ExerciseSchema, StepSchema } from "./schema";

/**
 * A tiny well-formedness check for the hand-written SVGs: every byte is a tag or
 * text, attributes are quoted and unique, and tags balance with one root.
 * Returns the problem, or null when the markup is well-formed.
 */
function svgProblem(svg: string): string | null {
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>|([^<>]+)/gy;
  const stack: string[] = [];
  let roots = 0;
  let m: RegExpExecArray | null;
  while (token.lastIndex < svg.length) {
    const at = token.lastIndex;
    m = token.exec(svg);
    if (!m) return `stray markup at ${at}: ${svg.slice(at, at + 20)}`;
    const [, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (stack.length === 0) return `text outside the root at ${at}`;
      continue;
    }
    const attrNames = [...(attrs ?? "").matchAll(/([\w:-]+)=/g)].map((a) => a[1]);
    if (new Set(attrNames).size !== attrNames.length) return `duplicate attribute in <${name}>`;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> closes nothing open`;
    } else {
      if (stack.length === 0 && ++roots > 1) return "more than one root element";
      if (!selfClosing) stack.push(name!);
    }
  }
  return stack.length === 0 ? null : `unclosed <${stack.at(-1)}>`;
}

describe("svgProblem", () => {
  it("accepts well-formed markup and names what is wrong in broken markup", () => {
    expect(svgProblem('<svg a="1"><title>t</title><path d="M0 0"/></svg>')).toBeNull();
    expect(svgProblem("<svg><title>t</svg>")).toMatch(/closes nothing/);
    expect(svgProblem("<svg><path d=M0></svg>")).toMatch(/stray markup/);
    expect(svgProblem('<svg a="1" a="2"></svg>')).toMatch(/duplicate/);
    expect(svgProblem("<svg><g>")).toMatch(/unclosed <g>/);
    expect(svgProblem("<svg></svg><svg></svg>")).toMatch(/root/);
  });
});

describe("exercise catalogue", () => {
  it("holds every care-rule id exactly once, in order", () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(ids).toEqual([...EXERCISE_IDS]);
    expect(new Set(ids).size).toBe(12);
    for (const id of EXERCISE_IDS) expect(getExercise(id).id).toBe(id);
  });

  it.each(EXERCISE_IDS)("%s is valid per the schema", (id) => {
    const result = ExerciseSchema.safeParse(getExercise(id));
    expect(result.error?.issues).toBeUndefined();
  });

  it.each(EXERCISE_IDS)("%s has non-empty, short steps and the stop cue", (id) => {
    const e = getExercise(id);
    for (const step of e.steps) {
      expect(step.text.trim().length).toBeGreaterThan(0);
      expect(step.text).toMatch(/[.!]$/);
      expect(step.text.split(/\s+/).length).toBeLessThanOrEqual(16);
    }
    expect(e.stopCue).toBe("Stop if it hurts.");
  });

  it.each(EXERCISE_IDS)("%s has a small, accessible, self-contained, well-formed SVG", (id) => {
    const svg = getExercise(id).illustration;
    expect(svgProblem(svg)).toBeNull();
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain(`aria-labelledby="ex-${id}-title"`);
    expect(svg).toMatch(new RegExp(`<title id="ex-${id}-title">[^<]{10,}</title>`));
    expect(svg).not.toMatch(/href|url\(|@import|<image|<script|<foreignObject|<use|\son\w+=/i);
    expect(svg.length).toBeLessThan(2000);
  });

  it("marks exactly the gentle three stretches and the walk as gentle", () => {
    const gentle = EXERCISES.filter((e) => e.gentle).map((e) => e.id);
    expect(gentle.sort()).toEqual(["cat-camel", "chin-tuck", "knee-to-chest", "walk"]);
  });

  it("has bird dog as the seed says: hold 5 s, alternate sides, 5 each side", () => {
    const e = getExercise("bird-dog");
    expect(e.dosage).toMatchObject({ holdSeconds: 5, reps: 5, sides: "alternate" });
    const holds = e.steps.filter((s) => s.holdSeconds !== undefined);
    expect(holds.map((s) => s.holdSeconds)).toEqual([5, 5]);
    expect(holds[0]!.text).toMatch(/right arm and left leg/);
    expect(holds[1]!.text).toMatch(/left arm and right leg/);
    expect(e.cues.join(" ")).toMatch(/back flat/);
  });

  it("has the standing back extension as the seed says", () => {
    const e = getExercise("standing-back-extension");
    const steps = e.steps.map((s) => s.text).join(" ");
    expect(steps).toMatch(/hands on your lower back/);
    expect(steps).toMatch(/knees straight/);
    expect(steps).toMatch(/bend backwards from your waist/);
    expect(e.avoid).toContain("Do not stretch too far back; stop at any pain.");
  });

  it("has knee to chest as the seed says: on the back, one knee at a time, hug both", () => {
    const steps = getExercise("knee-to-chest").steps.map((s) => s.text);
    expect(steps.join(" ")).toMatch(/Lie on your back.*feet flat.*one knee.*other knee.*Hug both knees/);
  });

  it.each(["warm-up", "cool-down"] as const)("%s is a routine of timed steps lasting 5 to 10 minutes", (id) => {
    const e = getExercise(id);
    expect(e.kind).toBe("routine");
    expect(e.steps.every((s) => s.durationSeconds !== undefined)).toBe(true);
    expect(routineSeconds(e)).toBeGreaterThanOrEqual(5 * 60);
    expect(routineSeconds(e)).toBeLessThanOrEqual(10 * 60);
  });

  it("gives untimed exercises a routine length of zero", () => {
    expect(routineSeconds(getExercise("bird-dog"))).toBe(0);
  });
});

describe("ExerciseSchema rejects", () => {
  const base = getExercise("bird-dog");
  const issuePaths = (input: unknown) =>
    ExerciseSchema.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];

  it("an id outside the catalogue", () => {
    expect(issuePaths({ ...base, id: "deadlift" })).toEqual(["id"]);
  });
  it("an empty step", () => {
    expect(issuePaths({ ...base, steps: [{ text: "  " }] })).toEqual(["steps.0.text"]);
  });
  it("a region that does not exist", () => {
    expect(issuePaths({ ...base, regions: ["knee"] })).toEqual(["regions.0"]);
  });
  it("a different stop cue", () => {
    expect(issuePaths({ ...base, stopCue: "Push through it." })).toEqual(["stopCue"]);
  });
  it("an unknown source", () => {
    expect(issuePaths({ ...base, sources: ["a-blog"] })).toEqual(["sources.0"]);
  });
  it("a routine with an untimed step", () => {
    const warmUp = getExercise("warm-up");
    expect(issuePaths({ ...warmUp, steps: [...warmUp.steps, { text: "Rest." }] })).toEqual(["steps"]);
  });
  it("a dose with neither reps, hold nor minutes", () => {
    expect(issuePaths({ ...base, dosage: { sets: 1, sides: "none" } })).toEqual(["dosage"]);
  });
  it("a step that is both a hold and a timed activity", () => {
    expect(StepSchema.safeParse({ text: "Hold.", holdSeconds: 5, durationSeconds: 5 }).success).toBe(false);
  });
});
