// Day numbers of calendar dates, checked against the engine's own calendar (Date),
// which counts the same proleptic Gregorian days from 1970-01-01.
import { describe, expect, it } from "vitest";
import { calendarDayNumber, todayNumber } from "../../server/src/core/model/dates";

/** The day number by Date: setUTCFullYear, because Date.UTC reads the years 0–99 as 1900–1999. */
function byDate(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

function* daysOf(year: number): Generator<[number, number, number]> {
  for (let month = 1; month <= 12; month++) {
    const days = new Date(Date.UTC(2001, month, 0)).getUTCDate() + (month === 2 && byDate(year, 3, 1) - byDate(year, 2, 1) === 29 ? 1 : 0);
    for (let day = 1; day <= days; day++) yield [year, month, day];
  }
}

describe("calendar day numbers", () => {
  it("agree with Date on every day of the years around each kind of leap year and the ends of the range", () => {
    const years = [0, 1, 2, 3, 4, 96, 99, 100, 101, 399, 400, 401, 1600, 1899, 1900, 1901, 1969, 1970, 1971, 1996, 2000, 2024, 2026, 2100, 2400, 9999];
    for (const year of years) {
      for (const [y, m, d] of daysOf(year)) expect({ date: [y, m, d], day: calendarDayNumber(y, m, d) }).toEqual({ date: [y, m, d], day: byDate(y, m, d) });
    }
  });

  it("count 1970-01-01 as day 0 and follow each day by the next number", () => {
    expect(calendarDayNumber(1970, 1, 1)).toBe(0);
    expect(calendarDayNumber(1969, 12, 31)).toBe(-1);
    let previous = calendarDayNumber(0, 1, 1)! - 1;
    for (let year = 0; year <= 9999; year += 37) {
      const first = calendarDayNumber(year, 1, 1)!;
      const last = calendarDayNumber(year, 12, 31)!;
      expect(last - first).toBe(byDate(year, 12, 31) - byDate(year, 1, 1));
      expect(first).toBeGreaterThan(previous);
      previous = last;
    }
  });

  it("reject days that are not in the calendar", () => {
    expect(calendarDayNumber(2023, 2, 29)).toBeUndefined();
    expect(calendarDayNumber(1900, 2, 29)).toBeUndefined();
    expect(calendarDayNumber(2000, 2, 29)).toBe(byDate(2000, 2, 29));
    expect(calendarDayNumber(2024, 4, 31)).toBeUndefined();
    expect(calendarDayNumber(2024, 13, 1)).toBeUndefined();
  });

  it("read today from an ISO date", () => {
    expect(todayNumber("2026-12-03")).toBe(byDate(2026, 12, 3));
    expect(todayNumber("0004-02-29")).toBe(byDate(4, 2, 29));
  });
});
