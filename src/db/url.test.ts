import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from "./url";

describe("DATABASE_URL", () => {
  it("defaults to the SQLite file under data/", () => {
    expect(DEFAULT_DATABASE_URL).toBe("sqlite:data/backcoach.sqlite");
    expect(parseDatabaseUrl()).toEqual({ engine: "sqlite", file: "data/backcoach.sqlite" });
  });

  it.each([
    ["sqlite:data/x.sqlite", { engine: "sqlite", file: "data/x.sqlite" }],
    ["sqlite:/var/lib/backcoach/db.sqlite", { engine: "sqlite", file: "/var/lib/backcoach/db.sqlite" }],
    ["sqlite:///var/lib/backcoach/db.sqlite", { engine: "sqlite", file: "/var/lib/backcoach/db.sqlite" }],
    ["sqlite::memory:", { engine: "sqlite", file: ":memory:" }],
    ["postgres://u:p@db:5432/backcoach", { engine: "postgres", url: "postgres://u:p@db:5432/backcoach" }],
    ["postgresql://db/backcoach?sslmode=require", { engine: "postgres", url: "postgresql://db/backcoach?sslmode=require" }],
  ])("reads %s", (url, target) => {
    expect(parseDatabaseUrl(url)).toEqual(target);
  });

  it.each(["mysql://db/x", "data/x.sqlite", "sqlite:"])("refuses %s, saying what it expects", (url) => {
    expect(() => parseDatabaseUrl(url)).toThrow(/sqlite: or postgres:\/\//);
  });
});
