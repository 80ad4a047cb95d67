// Owns calendar days written `YYYY-MM-DD` (workshop dates, review dates): which strings are real days,
// and the day's local noon for display. Without zod, so the home page's formatting can use it; files
// and links read days with `calendarDateSchema` (exchange/calendarDate.ts), built on isCalendarDate.

export const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True for a day that exists in the (proleptic Gregorian) calendar, written `YYYY-MM-DD` with a year
 * from 0001 to 9999: `2028-02-29` is one, `2026-13-45`, `2026-02-29`, `0000-00-00`, `20266-01-01` and
 * `` are not. A browser's date field gives `` when cleared and a five-digit year when typed so.
 */
export function isCalendarDate(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Noon, local time, of a calendar day (noon: never moved to another day by a clock change); null for no real day. */
export function dayTimestamp(day: string): number | null {
  if (!isCalendarDate(day)) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const noon = new Date(2000, month - 1, date, 12);
  // setFullYear, not the constructor: the constructor reads years 0 to 99 as 1900 to 1999.
  noon.setFullYear(year, month - 1, date);
  return noon.getTime();
}
