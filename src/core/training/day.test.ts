import { describe, expect, it } from "vitest";
import { dateToDay, dayToDate, localDayOf, weekOf, weekStart } from "./day";

describe("local days", () => {
  it("numbers days from 1970-01-01 and round-trips dates", () => {
    expect(dateToDay("1970-01-01")).toBe(0);
    expect(dateToDay("1970-01-02")).toBe(1);
    // 2026-01-01: 56 years of which 14 leap years (1972…2024) → 56 × 365 + 14 = 20454
    expect(dateToDay("2026-01-01")).toBe(20454);
    expect(dayToDate(20454)).toBe("2026-01-01");
    expect(dayToDate(-1)).toBe("1969-12-31");
  });

  it("buckets by UTC day in UTC", () => {
    const day = localDayOf("UTC");
    expect(dayToDate(day(Date.parse("2026-01-01T23:59:59Z")))).toBe("2026-01-01");
    expect(dayToDate(day(Date.parse("2026-01-02T00:00:00Z")))).toBe("2026-01-02");
  });

  it("buckets by local day across Berlin's spring DST change (CET +1 → CEST +2 on 2026-03-29)", () => {
    const day = localDayOf("Europe/Berlin");
    // 23:30Z on the 28th is 00:30 CET on the 29th
    expect(dayToDate(day(Date.parse("2026-03-28T23:30:00Z")))).toBe("2026-03-29");
    // 22:30Z on the 29th is already 00:30 CEST on the 30th (UTC+1 would still say the 29th)
    expect(dayToDate(day(Date.parse("2026-03-29T22:30:00Z")))).toBe("2026-03-30");
    // 21:59Z on the 29th is 23:59 CEST on the 29th
    expect(dayToDate(day(Date.parse("2026-03-29T21:59:00Z")))).toBe("2026-03-29");
  });

  it("buckets by local day across Berlin's autumn DST change (CEST +2 → CET +1 on 2026-10-25)", () => {
    const day = localDayOf("Europe/Berlin");
    expect(dayToDate(day(Date.parse("2026-10-24T22:30:00Z")))).toBe("2026-10-25"); // 00:30 CEST
    expect(dayToDate(day(Date.parse("2026-10-25T22:30:00Z")))).toBe("2026-10-25"); // 23:30 CET
    expect(dayToDate(day(Date.parse("2026-10-25T23:30:00Z")))).toBe("2026-10-26"); // 00:30 CET
  });

  it("handles zones west of UTC and half-hour offsets", () => {
    expect(dayToDate(localDayOf("America/New_York")(Date.parse("2026-07-01T03:00:00Z")))).toBe("2026-06-30"); // 23:00 EDT
    expect(dayToDate(localDayOf("Asia/Kolkata")(Date.parse("2026-07-01T18:30:00Z")))).toBe("2026-07-02"); // 00:00 IST
  });

  it("starts ISO weeks on Monday", () => {
    // 2026-11-23 is a Monday, 2026-11-29 the Sunday of the same week
    const monday = dateToDay("2026-11-23");
    expect(weekOf(dateToDay("2026-11-29"))).toBe(weekOf(monday));
    expect(weekOf(dateToDay("2026-11-22"))).toBe(weekOf(monday) - 1);
    expect(dayToDate(weekStart(weekOf(dateToDay("2026-11-26"))))).toBe("2026-11-23");
  });
});
