import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayTimestamp, isCalendarDate } from './dates';
import { calendarDateSchema } from './exchange/calendarDate';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const write = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** What the platform says: the day exists when Date keeps year, month and day as given. */
function existsInDate(year: number, month: number, day: number): boolean {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

describe('isCalendarDate', () => {
  it.each(['2026-03-12', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (day) => {
    expect(isCalendarDate(day)).toBe(true);
    expect(calendarDateSchema.safeParse(day).success).toBe(true);
  });

  it.each([
    '',
    '2026-13-45',
    '0000-00-00',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-01-00',
    '20266-01-01',
    '2026-1-1',
    '2026-01-01T00:00',
    ' 2026-01-01',
    '2026/01/01',
  ])('refuses %j', (day) => {
    expect(isCalendarDate(day)).toBe(false);
    expect(calendarDateSchema.safeParse(day).success).toBe(false);
    expect(dayTimestamp(day)).toBeNull();
  });

  it('agrees with Date on every year, month and day written with two digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (year, month, day) => {
          expect(isCalendarDate(write(year, month, day))).toBe(existsInDate(year, month, day));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('refuses any string that is not exactly a day', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (isCalendarDate(text)) expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('dayTimestamp', () => {
  it('gives noon, local time, of the day, years below 100 included', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-02'), max: new Date('9999-12-30'), noInvalidDate: true }),
        (d) => {
          const day = write(d.getFullYear(), d.getMonth() + 1, d.getDate());
          const noon = new Date(dayTimestamp(day) ?? Number.NaN);
          expect([noon.getFullYear(), noon.getMonth(), noon.getDate(), noon.getHours()]).toEqual([
            d.getFullYear(),
            d.getMonth(),
            d.getDate(),
            12,
          ]);
        },
      ),
    );
  });
});
