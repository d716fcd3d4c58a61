import type { Page } from "playwright-core";
import { expect } from "vitest";
import { FLAG_KEYS } from "../../src/core/checkin/schema";

let counter = 0;
/** A fresh email for each account a test makes. */
export const newEmail = (): string => `e2e-${process.pid}-${Date.now()}-${++counter}@example.com`;

export const allFlagsNo = Object.fromEntries(FLAG_KEYS.map((k) => [k, false]));

/** Signs up through the app's own form; the browser then holds the session cookie. */
export async function signUp(page: Page, email = newEmail()): Promise<string> {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/today");
  return email;
}

/** Starts an episode through the API with the browser's session; answers its id. */
export async function createEpisode(page: Page, checkIn: Record<string, unknown>): Promise<string> {
  const res = await page.request.post("/api/v1/episodes", { data: { regions: ["lower_back"], painNow: 3, flags: allFlagsNo, ...checkIn } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** The diary entries the server holds for the browser's account. */
export async function serverDiary(page: Page): Promise<{ id: string; painNow: number; note: string | null; clientId: string | null; episodeId: string | null }[]> {
  const res = await page.request.get("/api/v1/diary");
  expect(res.status()).toBe(200);
  return res.json();
}

export const hoursAgo = (h: number): string => new Date(Date.now() - h * 3_600_000).toISOString();
