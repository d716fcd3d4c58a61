import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { signUp } from "./flows";
import { describeBrowser, expectNoErrors, openTab, startE2E, type E2E } from "./harness";

const DAY_MS = 86_400_000;
/** `yyyy-MM-dd HH:mm:ss` in UTC (the new account's zone), `days` ago at 17:00. */
const strongTime = (days: number) => `${new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10)} 17:00:00`;

/**
 * A Strong export in today's format (no unit column): squats at 100 kg ten days ago, then at
 * 120 kg two days ago — a 20% jump (T-JUMP) — with no warm-up sets (T-WARMUP).
 */
function strongExport(): string {
  const header = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
  const rows = [
    ...[1, 2, 3].map((n) => `${strongTime(10)},Legs,45m,Squat (Barbell),${n},100,5,,,,,7`),
    ...[1, 2, 3].map((n) => `${strongTime(2)},Legs,50m,Squat (Barbell),${n},120,5,,,,,9`),
    `${strongTime(2)},Legs,50m,Squat (Barbell),Rest Timer,,,,180,,,`,
  ];
  return `${[header, ...rows].join("\n")}\n`;
}

async function serverWorkouts(page: Page) {
  const res = await page.request.get("/api/v1/workouts");
  expect(res.status()).toBe(200);
  return (await res.json()) as { warmUp: boolean; coolDown: boolean; minutes: number; sessionRpe: number; sets: { exerciseId: string; reps: number; weightKg: number }[] }[];
}

describeBrowser("the training log", () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("logs a workout with warm-up and cool-down, imports a Strong file, and shows the load chart and a warning", async () => {
    const tab = await openTab(e2e, { bypassCSP: true });
    const { page } = tab;
    await signUp(page);

    // 1. The logger: T-WARMUP prompts offer the routines until both boxes are ticked.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Training" }).click();
    await page.getByRole("link", { name: "Log a workout" }).click();
    await page.getByRole("heading", { name: "Log a workout" }).waitFor();
    expect(await page.getByRole("link", { name: "Start the warm-up" }).getAttribute("href")).toBe("/exercise/warm-up");
    expect(await page.getByRole("link", { name: "Start the cool-down" }).getAttribute("href")).toBe("/exercise/cool-down");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Minutes").fill("45");
    await page.getByLabel(/How hard was the whole session/).selectOption("6");
    await page.getByRole("checkbox", { name: "I warmed up first" }).check();
    await page.getByRole("checkbox", { name: "I cooled down after" }).check();
    expect(await page.getByRole("link", { name: "Start the warm-up" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Start the cool-down" }).count()).toBe(0);
    await page.getByLabel("Add an exercise").selectOption({ label: "Squat (Barbell)" });
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByLabel("Reps, set 1 of Squat (Barbell)").fill("5");
    await page.getByLabel("Weight (kg), set 1 of Squat (Barbell)").fill("80");
    await page.getByRole("button", { name: "Copy set 1 of Squat (Barbell)" }).click();
    expect(await page.getByLabel("Weight (kg), set 2 of Squat (Barbell)").inputValue()).toBe("80");
    await page.getByRole("button", { name: "Save workout" }).click();
    await page.waitForURL("**/training");
    const [logged] = await serverWorkouts(page);
    expect(logged).toMatchObject({ warmUp: true, coolDown: true, minutes: 45, sessionRpe: 6 });
    expect(logged!.sets.map((s) => [s.exerciseId, s.reps, s.weightKg])).toEqual([
      ["back-squat", 5, 80],
      ["back-squat", 5, 80],
    ]);

    // 2. The import page: a Strong export, then the same file again.
    await page.getByRole("link", { name: "Import from Strong or Hevy" }).click();
    await page.getByRole("heading", { name: "Import workouts" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("radio", { name: "Strong" }).check();
    const file = { name: "strong.csv", mimeType: "text/csv", buffer: Buffer.from(strongExport()) };
    await page.getByLabel("CSV file").setInputFiles(file);
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByRole("heading", { name: "Imported" }).waitFor();
    expect(await page.getByRole("status").textContent()).toContain("2 new workouts, 6 sets, 1 exercise.");
    await page.getByLabel("CSV file").setInputFiles(file);
    await page.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Everything in this file was already in your log.");
    expect(await serverWorkouts(page)).toHaveLength(3);

    // 3. The training page: the chart, this week against last, and the warnings in plain words.
    await page.getByRole("link", { name: "See your training" }).click();
    await page.getByRole("heading", { name: "Warnings" }).waitFor();
    await page.locator(".load-chart canvas").waitFor();
    expect(await page.getByRole("img", { name: /Chart of daily training load/ }).count()).toBe(1);
    expect(await page.getByRole("list", { name: "Chart key" }).textContent()).toContain("Usual range 0.8–1.3");
    const warnings = (await page.locator(".warnings").textContent()) ?? "";
    expect(warnings).toContain("Weight jump");
    expect(warnings).toMatch(/your top set of Squat \(Barbell\) was 120 kg, 20% above your best of the 4 weeks before \(100 kg\)/);
    expect(warnings).toContain("What to do:");
    expect(await page.getByRole("table").first().textContent()).toContain("This week");
    expect(await seriousViolations(page)).toEqual([]);

    // 4. Edit the logged workout from the list, then delete it.
    await page.getByRole("link", { name: "Edit" }).nth(1).click(); // newest first: the Strong workout of 2 days ago
    await page.getByRole("heading", { name: "Edit workout" }).waitFor();
    expect(await page.getByLabel("Minutes").inputValue()).toBe("50");
    await page.getByLabel("Minutes").fill("55");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL("**/training");
    await expect.poll(async () => (await serverWorkouts(page)).map((w) => w.minutes)).toContain(55);
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Delete" }).first().click();
    await expect.poll(async () => (await serverWorkouts(page)).length).toBe(2);

    expectNoErrors(tab);
    await tab.context.close();
  });
});
