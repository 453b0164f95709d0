/**
 * Dates as day numbers, so intervals are subtraction. A calendar date counts days
 * since 1970-01-01 (UTC, no time zone can shift it); `day N` is N days from the
 * patient's own origin. The two scales never mix (VC203).
 */

export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian leap years, extended backwards as Date does (1600 and 2000 are, 1900 is not). */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month 1–12. Arithmetic, not a Date: it runs for every date of every patient. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function epochDay(year: number, month: number, day: number): number {
  // Date.UTC makes no Date object, but reads the years 0–99 as 1900–1999.
  if (year >= 100) return Date.UTC(year, month - 1, day) / 86_400_000;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

/** The day number of a calendar date, or undefined when it is not a real day. */
export function calendarDayNumber(year: number, month: number, day: number): number | undefined {
  return isCalendarDay(year, month, day) ? epochDay(year, month, day) : undefined;
}

/** Today's day number from an ISO date `YYYY-MM-DD`, or from the clock. */
export function todayNumber(today?: string): number {
  if (today !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
    if (m) return epochDay(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  const now = new Date();
  return epochDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

export function formatDay(dayNumberValue: number): string {
  return new Date(dayNumberValue * 86_400_000).toISOString().slice(0, 10);
}
