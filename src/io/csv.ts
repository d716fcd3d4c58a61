import { CsvError, parse } from "csv-parse/sync";
import type { ImportIssue } from "./schema";

export interface CsvRow {
  /** Line the record starts on (a quoted note may span several). */
  line: number;
  cells: string[];
}

export type CsvTable = { ok: true; header: string[]; rows: CsvRow[] } | { ok: false; error: ImportIssue };

/**
 * `;` or `,`, whichever the header line uses more (Android exports use `;`, iOS `,`). Header
 * names hold neither, so the first line decides.
 */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Lines a record spans: one, plus the newlines inside its quoted fields. */
function linesOf(record: readonly string[]): number {
  let n = 1;
  for (const field of record) for (let i = field.indexOf("\n"); i >= 0; i = field.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Reads a CSV export with a header line: BOM stripped, `,` or `;` detected, quoted fields
 * with delimiters and newlines kept whole, blank lines skipped. A syntax error or a row
 * whose field count differs from the header's fails the whole file, with its line.
 * Line numbers are counted here rather than with csv-parse's `info`, which doubles its time.
 */
export function readCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, "");
  let records: string[][];
  try {
    records = parse(body, { delimiter: delimiterOf(body), relax_column_count: true });
  } catch (err) {
    if (err instanceof CsvError) return { ok: false, error: { line: (err as CsvError & { lines?: number }).lines ?? 1, reason: `Not valid CSV: ${err.message}` } };
    throw err;
  }
  let header: string[] | undefined;
  const rows: CsvRow[] = [];
  let line = 1;
  for (const record of records) {
    const start = line;
    line += linesOf(record);
    if (record.length === 1 && !record[0]!.trim()) continue;
    if (!header) header = record.map((h) => h.trim());
    else if (record.length !== header.length)
      return { ok: false, error: { line: start, reason: `Expected ${header.length} fields as in the header, found ${record.length}.` } };
    else rows.push({ line: start, cells: record });
  }
  return header ? { ok: true, header, rows } : { ok: false, error: { line: 1, reason: "The file is empty." } };
}
