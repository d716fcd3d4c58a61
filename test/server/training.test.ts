import { afterAll, beforeAll, expect, it } from "vitest";
import { parseCheckIn } from "../../src/core/checkin";
import { plan } from "../../src/core/plan";
import type { Client } from "../helpers/client";
import { firstCheckIn, followUp } from "../helpers/checkins";
import { describeEachEngine, snapshot } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/server";


const NOW = "2026-11-25T18:00:00.000Z";

const squatWorkout = {
  startedAt: "2026-11-24T07:30:00+01:00",
  minutes: 50,
  sessionRpe: 7,
  warmUp: true,
  coolDown: false,
  title: "Legs",
  notes: "Felt good",
  sets: [
    { exerciseId: "back-squat", setType: "warmup", reps: 8, weightKg: 40 },
    { exerciseId: "back-squat", reps: 5, weightKg: 100, rpe: 8 },
    { exerciseId: "back-squat", reps: 5, weightKg: 100, rpe: 8.5 },
    { exerciseId: "plank", seconds: 60 },
  ],
};

describeEachEngine("training log: workouts and exercises", (engine) => {
  let server: TestServer;
  let a: Client;
  let b: Client;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock: () => new Date(NOW) });
    a = server.client();
    b = server.client();
    await a.signUp();
    await b.signUp();
  });
  afterAll(() => server.close());

  it("needs a session", async () => {
    const anon = server.client();
    for (const [method, path] of [
      ["GET", "/api/v1/workouts"],
      ["POST", "/api/v1/workouts"],
      ["GET", "/api/v1/exercises"],
      ["GET", "/api/v1/training/summary"],
      ["POST", "/api/v1/import?format=strong"],
      ["POST", "/api/v1/workouts/repeat-last"],
    ] as const) {
      const r = await anon.request(method, path);
      expect(r.status, `${method} ${path}`).toBe(401);
      expect(r.body.error.code).toBe("unauthorized");
    }
  });

  it("logs, reads, lists, edits and deletes a workout", async () => {
    const created = await a.post("/api/v1/workouts", squatWorkout);
    expect(created.status).toBe(201);
    const w = created.body;
    expect(w).toEqual({
      id: expect.any(String),
      startedAt: "2026-11-24T06:30:00.000Z",
      minutes: 50,
      sessionRpe: 7,
      warmUp: true,
      coolDown: false,
      title: "Legs",
      notes: "Felt good",
      source: "manual",
      sets: [
        { exerciseId: "back-squat", exercise: "Squat (Barbell)", setType: "warmup", reps: 8, weightKg: 40, rpe: null, seconds: null, distanceM: null, note: null },
        { exerciseId: "back-squat", exercise: "Squat (Barbell)", setType: "normal", reps: 5, weightKg: 100, rpe: 8, seconds: null, distanceM: null, note: null },
        { exerciseId: "back-squat", exercise: "Squat (Barbell)", setType: "normal", reps: 5, weightKg: 100, rpe: 8.5, seconds: null, distanceM: null, note: null },
        { exerciseId: "plank", exercise: "Plank", setType: "normal", reps: null, weightKg: null, rpe: null, seconds: 60, distanceM: null, note: null },
      ],
      // 7 × 50 = 350; volume: warm-up set left out, 2 × 5 × 100 = 1000
      load: { session: 350, rpe: 7, rpeSource: "session", volume: 1000 },
      checks: { missingWarmUp: false, missingCoolDown: true },
      createdAt: NOW,
      updatedAt: NOW,
    });

    expect((await a.get(`/api/v1/workouts/${w.id}`)).body).toEqual(w);

    const older = await a.post("/api/v1/workouts", { startedAt: "2026-11-20T18:00:00Z", minutes: 30, sets: [] });
    expect(older.status).toBe(201);
    expect(older.body).toMatchObject({ sessionRpe: null, warmUp: false, coolDown: false, title: "", load: { session: 150, rpe: 5, rpeSource: "default" } });

    const list = await a.get("/api/v1/workouts");
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([w.id, older.body.id]);
    // Local dates in the user's zone (UTC here), inclusive
    expect((await a.get("/api/v1/workouts?from=2026-11-21")).body.map((x: { id: string }) => x.id)).toEqual([w.id]);
    expect((await a.get("/api/v1/workouts?to=2026-11-20")).body.map((x: { id: string }) => x.id)).toEqual([older.body.id]);
    expect((await a.get("/api/v1/workouts?limit=1")).body).toHaveLength(1);

    const edited = await a.request("PUT", `/api/v1/workouts/${w.id}`, {
      json: { ...squatWorkout, coolDown: true, sessionRpe: null, sets: [{ exerciseId: "leg-press", reps: 12, weightKg: 140, rpe: 6 }] },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id: w.id,
      coolDown: true,
      sets: [{ exerciseId: "leg-press", exercise: "Leg Press (Machine)", reps: 12, weightKg: 140, rpe: 6 }],
      // no session RPE: the mean of the sets' RPE, 6 × 50
      load: { session: 300, rpe: 6, rpeSource: "sets", volume: 1680 },
      checks: { missingWarmUp: false, missingCoolDown: false },
      createdAt: NOW,
    });
    expect(edited.body.sets).toHaveLength(1);

    expect((await a.request("DELETE", `/api/v1/workouts/${w.id}`)).status).toBe(204);
    expect((await a.get(`/api/v1/workouts/${w.id}`)).status).toBe(404);
    expect((await a.request("DELETE", `/api/v1/workouts/${w.id}`)).status).toBe(404);
    expect(await server.database.db.selectFrom("workout_sets").selectAll().where("workout_id", "=", w.id).execute()).toEqual([]);
  });

  it("lists the catalogue and the user's own exercises; a known name answers the existing one", async () => {
    const own = await a.post("/api/v1/exercises", { name: "Zercher Carry" });
    expect(own.status).toBe(201);
    expect(own.body).toEqual({ id: expect.any(String), name: "Zercher Carry", kind: "user", category: null, loadsSpine: null, swapTo: [] });
    const again = await a.post("/api/v1/exercises", { name: "carry, zercher" });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(own.body.id);
    const catalogue = await a.post("/api/v1/exercises", { name: "Deadlift (Barbell)" });
    expect(catalogue.status).toBe(200);
    expect(catalogue.body).toMatchObject({ id: "barbell-deadlift", kind: "catalogue", swapTo: ["trap-bar-deadlift", "hip-thrust", "glute-bridge"] });

    const list = (await a.get("/api/v1/exercises")).body as { id: string; kind: string }[];
    expect(list.find((e) => e.id === "back-squat")).toMatchObject({ name: "Squat (Barbell)", kind: "catalogue", category: "strength", loadsSpine: true });
    expect(list.filter((e) => e.kind === "user")).toEqual([own.body]);
    expect((await b.get("/api/v1/exercises")).body.filter((e: { kind: string }) => e.kind === "user")).toEqual([]);

    const logged = await a.post("/api/v1/workouts", { ...squatWorkout, sets: [{ exerciseId: own.body.id, reps: 20, weightKg: 60 }] });
    expect(logged.status).toBe(201);
    expect(logged.body.sets[0]).toMatchObject({ exerciseId: own.body.id, exercise: "Zercher Carry" });
  });

  it("repeats the last workout now: its exercises and sets, not rated, no warm-up yet", async () => {
    const c = server.client();
    await c.signUp();
    expect((await c.post("/api/v1/workouts/repeat-last")).status).toBe(404);
    await c.post("/api/v1/workouts", { ...squatWorkout, startedAt: "2026-11-10T10:00:00Z", title: "Old" });
    const last = (await c.post("/api/v1/workouts", squatWorkout)).body;
    const r = await c.post("/api/v1/workouts/repeat-last");
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ startedAt: NOW, minutes: 50, sessionRpe: null, warmUp: false, coolDown: false, title: "Legs", source: "manual" });
    expect(r.body.id).not.toBe(last.id);
    expect(r.body.sets).toEqual(last.sets);
  });

  it("answers another user's workout and exercise exactly like missing ones (404)", async () => {
    const mine = (await a.post("/api/v1/workouts", squatWorkout)).body;
    const ownExercise = (await a.post("/api/v1/exercises", { name: "Secret Lift" })).body;
    const before = await snapshot(server.database.db);
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const id of [mine.id, missing]) {
      const get = await b.get(`/api/v1/workouts/${id}`);
      const put = await b.request("PUT", `/api/v1/workouts/${id}`, { json: squatWorkout });
      const del = await b.request("DELETE", `/api/v1/workouts/${id}`);
      for (const r of [get, put, del]) {
        expect(r.status).toBe(404);
        expect(r.body).toEqual({ error: { code: "not_found", message: "No such resource." } });
      }
    }
    const borrowed = await b.post("/api/v1/workouts", { ...squatWorkout, sets: [{ exerciseId: ownExercise.id, reps: 1 }] });
    expect(borrowed.status).toBe(404);
    expect(borrowed.body.error).toEqual({ code: "not_found", message: "No such resource.", field: "sets.0.exerciseId" });
    expect((await b.get("/api/v1/workouts")).body).toEqual([]);
    expect((await b.get("/api/v1/training/summary")).body.days).toEqual([]);
    expect(await snapshot(server.database.db)).toEqual(before);
  });

  it.each([
    ["no startedAt", { ...squatWorkout, startedAt: undefined }, "required", "startedAt"],
    ["a startedAt without offset", { ...squatWorkout, startedAt: "2026-11-24T07:30:00" }, "invalid_value", "startedAt"],
    ["a future startedAt", { ...squatWorkout, startedAt: "2026-11-26T10:00:00Z" }, "future_date", "startedAt"],
    ["no minutes", { ...squatWorkout, minutes: undefined }, "required", "minutes"],
    ["0 minutes", { ...squatWorkout, minutes: 0 }, "out_of_range", "minutes"],
    ["a session RPE of 11", { ...squatWorkout, sessionRpe: 11 }, "out_of_range", "sessionRpe"],
    ["warmUp as text", { ...squatWorkout, warmUp: "yes" }, "invalid_type", "warmUp"],
    ["a negative weight", { ...squatWorkout, sets: [{ exerciseId: "back-squat", reps: 5, weightKg: -5 }] }, "out_of_range", "sets.0.weightKg"],
    ["a set RPE of 12", { ...squatWorkout, sets: [{ exerciseId: "back-squat", reps: 5, rpe: 12 }] }, "out_of_range", "sets.0.rpe"],
    ["an unknown set type", { ...squatWorkout, sets: [{ exerciseId: "back-squat", setType: "giant" }] }, "invalid_value", "sets.0.setType"],
    ["a set without exercise", { ...squatWorkout, sets: [{ reps: 5 }] }, "required", "sets.0.exerciseId"],
    ["an unknown exercise", { ...squatWorkout, sets: [{ exerciseId: "back-squat" }, { exerciseId: "moon-press" }] }, "not_found", "sets.1.exerciseId"],
    ["an unknown field", { ...squatWorkout, mood: "great" }, "unknown_field", "mood"],
  ])("refuses %s, naming the field, and writes nothing", async (_what, body, code, field) => {
    const before = await snapshot(server.database.db);
    const r = await a.post("/api/v1/workouts", body);
    expect(r.status).toBe(code === "not_found" ? 404 : 400);
    expect(r.body.error).toMatchObject({ code, field });
    expect(await snapshot(server.database.db)).toEqual(before);
  });

  it.each([
    ["/api/v1/workouts?limit=0", "out_of_range", "limit"],
    ["/api/v1/workouts?from=yesterday", "invalid_value", "from"],
    ["/api/v1/workouts?sort=asc", "unknown_field", "sort"],
    ["/api/v1/training/summary?tz=Mars/Olympus", "invalid_value", "tz"],
    ["/api/v1/training/summary?days=3", "out_of_range", "days"],
  ])("refuses GET %s naming the field", async (path, code, field) => {
    const r = await a.get(path);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code, field });
  });

  it("refuses an edit naming the field and keeps the workout", async () => {
    const w = (await a.post("/api/v1/workouts", squatWorkout)).body;
    const r = await a.request("PUT", `/api/v1/workouts/${w.id}`, { json: { ...squatWorkout, minutes: -1 } });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: "out_of_range", field: "minutes" });
    expect((await a.get(`/api/v1/workouts/${w.id}`)).body).toEqual(w);
  });
});

describeEachEngine("training summary and P-RETURN through the API", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock: () => new Date(NOW) });
  });
  afterAll(() => server.close());

  it("gives the hand-computed figures: loads, ACWR, weeks, warnings and pain links", async () => {
    const c = server.client();
    await c.signUp();
    await c.patch("/api/v1/me/settings", { timeZone: "Europe/Berlin" });
    const sq = (kg: number, reps: number, rpe?: number) => ({ exerciseId: "back-squat", reps, weightKg: kg, ...(rpe !== undefined && { rpe }) });
    const ids: string[] = [];
    for (const w of [
      { startedAt: "2026-11-16T10:00:00Z", minutes: 60, sessionRpe: 5, warmUp: true, coolDown: true, sets: [sq(100, 5)] }, // 300
      { startedAt: "2026-11-18T10:00:00Z", minutes: 40, warmUp: true, coolDown: true, sets: [sq(100, 5, 7), sq(100, 5, 9)] }, // 8 × 40 = 320
      { startedAt: "2026-11-23T10:00:00Z", minutes: 50, coolDown: true, sets: [sq(112.5, 3)] }, // 5 × 50 = 250, no warm-up
      { startedAt: "2026-11-24T10:00:00Z", minutes: 70, sessionRpe: 7, warmUp: true, sets: [{ exerciseId: "bench-press", reps: 10, weightKg: 60 }] }, // 490, no cool-down
    ]) {
      const r = await c.post("/api/v1/workouts", w);
      expect(r.status).toBe(201);
      ids.push(r.body.id);
    }
    expect((await c.post("/api/v1/episodes", firstCheckIn({ onsetAt: "2026-11-24T20:00:00Z", now: "2026-11-25T17:00:00Z", painNow: 5 }))).status).toBe(201);

    const r = await c.get("/api/v1/training/summary");
    expect(r.status).toBe(200);
    const s = r.body;
    expect(s).toMatchObject({ timeZone: "Europe/Berlin", today: "2026-11-25", historyDays: 10, returnToTraining: null });
    expect(s.days.map((d: { load: number }) => d.load)).toEqual([300, 0, 320, 0, 0, 0, 0, 250, 490, 0]);
    expect(s.days.at(-1).acwrEwma).toBeCloseTo(2.0284379, 6);
    expect(s.days.at(-1).acwrRolling).toBeCloseTo(740 / 340, 12);
    expect(s.latest).toMatchObject({ zone: "spike", buildingHistory: true });
    expect(s.thisWeek).toEqual({ weekStart: "2026-11-23", load: 740, volumeLoad: 937.5, sessions: 2 });
    expect(s.lastWeek).toEqual({ weekStart: "2026-11-16", load: 620, volumeLoad: 1500, sessions: 2 });
    expect(s.estimated).toMatchObject({ workouts: 2, defaultRpe: 5 });
    expect(s.warnings.map((w: { ruleId: string }) => w.ruleId)).toEqual(["T-WEEKLY", "T-JUMP", "T-WARMUP"]);
    expect(s.warnings[1]).toMatchObject({ workoutIds: [ids[2]], exercise: "back-squat" });
    expect(s.warnings[2]).toMatchObject({ workoutIds: [ids[2], ids[3]], routineIds: ["warm-up", "cool-down"] });
    expect(s.painLinks.map((l: { exercise: string; verdict: string }) => [l.exercise, l.verdict])).toEqual([
      ["bench-press", "too_few"],
      ["back-squat", "too_few"],
    ]);
    // the user's zone is the default; another may be asked for
    expect((await c.get("/api/v1/training/summary?tz=UTC&days=7")).body).toMatchObject({ timeZone: "UTC", days: expect.any(Array) });
    expect((await c.get("/api/v1/training/summary?days=7")).body.days).toHaveLength(7);
  });

  it("passes the pre-episode weekly load into the plan and caps the return week (P-RETURN)", async () => {
    const c = server.client();
    await c.signUp();
    // 4 weeks before onset (13 Oct 08:00 – 10 Nov 08:00 UTC): 60 × 5 = 300, and 40 × 8 (set RPE) = 320 → 620 ÷ 4 = 155
    await c.post("/api/v1/workouts", { startedAt: "2026-10-01T10:00:00Z", minutes: 60, sessionRpe: 10, sets: [] }); // before the window
    await c.post("/api/v1/workouts", { startedAt: "2026-10-20T10:00:00Z", minutes: 60, sessionRpe: 5, sets: [] });
    await c.post("/api/v1/workouts", { startedAt: "2026-10-30T10:00:00Z", minutes: 40, sets: [{ exerciseId: "back-squat", reps: 5, weightKg: 80, rpe: 8 }] });
    const first = firstCheckIn({ onsetAt: "2026-11-10T08:00:00Z", now: "2026-11-10T09:00:00Z", painNow: 5 });
    const episode = (await c.post("/api/v1/episodes", first)).body;
    await c.post("/api/v1/diary", { at: "2026-11-24T18:00:00Z", painNow: 1, episodeId: episode.id });
    const later = followUp({ now: "2026-11-25T17:00:00Z", painNow: 1 });
    expect((await c.post(`/api/v1/episodes/${episode.id}/checkins`, later)).status).toBe(201);

    const p = await c.get(`/api/v1/episodes/${episode.id}/plan`);
    expect(p.status).toBe(200);
    const checkIn = parseCheckIn({ ...later, onsetAt: first.onsetAt }, new Date(NOW));
    if (!checkIn.ok) throw new Error(checkIn.error.message);
    expect(p.body).toEqual(plan(checkIn.value, "UTC", { diary: [{ at: "2026-11-24T18:00:00.000Z", painNow: 1 }], deskWorker: false, preEpisodeWeeklyLoad: 155 }));
    const caps = p.body.days.map((d: { items: { weeklyLoadCap?: number }[] }) => d.items.find((i) => i.weeklyLoadCap !== undefined)?.weeklyLoadCap);
    // the plan runs 7 days from today (onset + 14 days has passed): all in return week 1, ⌊155 × 0.5⌋
    expect(caps).toEqual([77, 77, 77, 77, 77, 77, 77]);

    const before = (await c.get("/api/v1/training/summary")).body;
    expect(before.returnToTraining).toEqual({ episodeId: episode.id, week: 1, weekStart: "2026-11-25", cap: 77, logged: 0, remaining: 77, preEpisodeWeeklyLoad: 155 });
    expect(before.warnings.map((w: { ruleId: string }) => w.ruleId)).not.toContain("P-RETURN");

    await c.post("/api/v1/workouts", { startedAt: "2026-11-25T16:00:00Z", minutes: 30, sessionRpe: 4, warmUp: true, coolDown: true, sets: [] }); // 120 > 77
    const after = (await c.get("/api/v1/training/summary")).body;
    expect(after.returnToTraining).toMatchObject({ cap: 77, logged: 120, remaining: 0 });
    expect(after.warnings.find((w: { ruleId: string }) => w.ruleId === "P-RETURN")).toMatchObject({ level: "caution", message: expect.stringContaining("above this week's limit of 77") });
  });
});
