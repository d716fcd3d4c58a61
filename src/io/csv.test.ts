import { describe, expect, it } from "vitest";
import { readCsv } from "./csv";

describe("readCsv", () => {
  it("reads a comma file with quoted commas and newlines, numbering each row's first line", () => {
    const t = readCsv('a,b,c\n1,"x, y",3\n2,"line one\nline two",4\n\n5,6,7\n');
    expect(t).toEqual({
      ok: true,
      header: ["a", "b", "c"],
      rows: [
        { line: 2, cells: ["1", "x, y", "3"] },
        { line: 3, cells: ["2", "line one\nline two", "4"] },
        { line: 6, cells: ["5", "6", "7"] }, // line 5 is blank
      ],
    });
  });

  it("detects semicolons, strips a BOM and handles CRLF", () => {
    const t = readCsv('\uFEFF"a";"b"\r\n"1,5";"x; y"\r\n');
    expect(t).toEqual({ ok: true, header: ["a", "b"], rows: [{ line: 2, cells: ["1,5", "x; y"] }] });
  });

  it("rejects an empty file", () => {
    expect(readCsv("")).toEqual({ ok: false, error: { line: 1, reason: "The file is empty." } });
    expect(readCsv("\uFEFF\n\n")).toMatchObject({ ok: false });
  });

  it("rejects a row with the wrong field count, naming its line", () => {
    expect(readCsv("a,b\n1,2\n3\n")).toEqual({ ok: false, error: { line: 3, reason: "Expected 2 fields as in the header, found 1." } });
  });

  it("rejects an unclosed quote with its line", () => {
    const t = readCsv('a,b\n1,2\n3,"open\n');
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.error.reason).toMatch(/^Not valid CSV: Quote Not Closed/);
  });

  it("reads a header-only file as no rows", () => {
    expect(readCsv("a,b\n")).toEqual({ ok: true, header: ["a", "b"], rows: [] });
  });
});
