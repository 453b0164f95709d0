/**
 * Dates as day numbers, so intervals are subtraction. A calendar date counts days
 * since 1970-01-01 (UTC, no time zone can shift it); `day N` is N days from the
 * patient's own origin. The two scales never mix (VC203).
 */
import type { CalendarDate, DateRef } from "../syntax/ast";

export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function epochDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

/** The day number of a date, or undefined when it is not a real day or is incomplete. */
export function dayNumber(date: DateRef | undefined): number | undefined {
  if (date === undefined) return undefined;
  if (date.kind === "day") return date.value?.value;
  return isCalendarDay(date.year, date.month, date.day) ? epochDay(date.year, date.month, date.day) : undefined;
}

export function isValidCalendarDate(date: CalendarDate): boolean {
  return isCalendarDay(date.year, date.month, date.day);
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
