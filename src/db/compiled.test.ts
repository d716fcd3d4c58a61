import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compiledQuery } from "./compiled";
import { openDatabase, type DB } from "./connect";
import { migrateToLatest } from "./migrate";
import { createUser } from "./repos/users";

const now = new Date("2026-10-01T00:00:00Z");

describe("compiledQuery", () => {
  let db: DB;
  beforeAll(async () => {
    db = openDatabase("sqlite::memory:").db;
    await migrateToLatest(db);
    for (const email of ["a@example.com", "b@example.com", "c@example.com"]) await createUser(db, { email, passwordHash: "x", now });
  });
  afterAll(() => db.destroy());

  const byEmails = compiledQuery((d, p: { first: string; second: string }) =>
    d.selectFrom("users").select("email").where("email", "in", [p.first, p.second]).orderBy("email", "desc").limit(1),
  );

  it("runs the one compiled query with each call's values, keeping the values Kysely bound itself", async () => {
    expect((await byEmails(db, { first: "a@example.com", second: "b@example.com" })).rows).toEqual([{ email: "b@example.com" }]);
    expect((await byEmails(db, { first: "c@example.com", second: "a@example.com" })).rows).toEqual([{ email: "c@example.com" }]);
    expect((await byEmails(db, { first: "x' or 1=1 --", second: "none" })).rows).toEqual([]);
  });

  it("runs inside a transaction too", async () => {
    const rows = await db.transaction().execute(async (tx) => (await byEmails(tx, { first: "a@example.com", second: "z" })).rows);
    expect(rows).toEqual([{ email: "a@example.com" }]);
  });

  it("refuses a parameter the query does not use", async () => {
    const careless = compiledQuery((d, p: { email: string; unused: string }) => d.selectFrom("users").select("id").where("email", "=", p.email));
    await expect(careless(db, { email: "a@example.com", unused: "x" })).rejects.toThrow("unused not bound");
  });
});
