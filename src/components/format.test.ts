// Figures, days and lists in the reader's language; a date that is none never throws.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatDay,
  formatList,
  formatMean,
  formatShare,
} from './format';

const LANGUAGES = ['fr', 'en'] as const;

beforeAll(async () => {
  await i18n.changeLanguage('fr');
});

describe('formatMean', () => {
  it("writes a mean to one decimal in the reader's language", () => {
    expect(formatMean(2.5, 'fr')).toBe('2,5');
    expect(formatMean(2.5, 'en')).toBe('2.5');
    expect(formatMean(1.15, 'fr')).toBe('1,2');
    expect(formatMean(-2.25, 'en')).toBe('-2.3');
    expect(formatMean(3.96, 'fr')).toBe('4');
    expect(formatMean(null, 'fr')).toBe('–');
    expect(formatMean(Number.NaN, 'fr')).toBe('–');
    expect(formatMean(-0.04, 'fr')).toBe('0');
    expect(formatMean(12345.67, 'fr')).toBe('12\u202f345,7');
    expect(formatMean(12345.67, 'en')).toBe('12,345.7');
  });
});

// format.ts writes by hand what Intl writes (Intl's first use costs a page 35–70 ms): here, Node's Intl
// is the judge, over many values in both languages.
describe('the same writing as Intl', () => {
  const locale = (lng: string) => (lng === 'en' ? 'en-GB' : lng);
  const language = fc.constantFrom(...LANGUAGES);
  // From 1970 to 2100, in the machine's time zone.
  const timestamp = fc.integer({ min: 0, max: 4_102_444_800_000 });
  const firstDay = (text: string, date: Date, lng: string) =>
    lng === 'fr' && date.getDate() === 1 ? text.replace(/^1 /, '1er ') : text;

  it('for a mean', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), language, (value, lng) => {
        const intl = new Intl.NumberFormat(locale(lng), { maximumFractionDigits: 1 }).format(value);
        expect(formatMean(value, lng)).toBe(intl === '-0' ? '0' : intl);
      }),
      { numRuns: 3000 },
    );
  });

  it('for a mean written with few decimals, where rounding ties', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), language, (hundredths, lng) => {
        const value = hundredths / 100;
        const intl = new Intl.NumberFormat(locale(lng), { maximumFractionDigits: 1 }).format(value);
        expect(formatMean(value, lng)).toBe(intl === '-0' ? '0' : intl);
      }),
      { numRuns: 3000 },
    );
  });

  it('for a day and for a day with its time', () => {
    fc.assert(
      fc.property(timestamp, language, (time, lng) => {
        const date = new Date(time);
        const day = new Intl.DateTimeFormat(locale(lng), { dateStyle: 'long' }).format(date);
        const dayTime = new Intl.DateTimeFormat(locale(lng), {
          dateStyle: 'long',
          timeStyle: 'short',
        }).format(date);
        expect(formatDate(time, lng)).toBe(firstDay(day, date, lng));
        expect(formatDateTime(time, lng)).toBe(firstDay(dayTime, date, lng));
      }),
      { numRuns: 3000 },
    );
  });

  it('for a size, in the largest unit it reaches', () => {
    const UNITS = [
      ['gigabyte', 1e9],
      ['megabyte', 1e6],
      ['kilobyte', 1e3],
    ] as const;
    fc.assert(
      fc.property(fc.double({ min: 1000, max: 1e13, noNaN: true }), language, (bytes, lng) => {
        const [unit, size] = UNITS.find(([, s]) => bytes >= s) ?? UNITS[2];
        const intl = new Intl.NumberFormat(locale(lng), { style: 'unit', unit, maximumFractionDigits: 1 });
        expect(formatBytes(bytes, lng)).toBe(intl.format(bytes / size));
      }),
      { numRuns: 3000 },
    );
  });

  it('for a share, to two significant digits', () => {
    const share = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100_000),
    );
    fc.assert(
      fc.property(share, language, (part, lng) => {
        const intl = new Intl.NumberFormat(locale(lng), { style: 'percent', maximumSignificantDigits: 2 });
        // The space before « % » is the wording's no-break space, whichever one ICU's data has.
        expect(formatShare(part, 1, lng)).toBe(intl.format(part).replace(/\s%/, '\u00a0%'));
      }),
      { numRuns: 3000 },
    );
  });

  it('for a list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 }),
        language,
        (items, lng) => {
          const intl = new Intl.ListFormat(locale(lng), { type: 'conjunction' }).format(items);
          expect(formatList(items, lng)).toBe(intl);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('formatDate', () => {
  it("writes a day in the reader's language, in local time", () => {
    expect(formatDate(new Date(2026, 2, 1, 0, 0, 1).getTime(), 'fr')).toBe('1er mars 2026');
    expect(formatDate(new Date(2026, 11, 31, 23, 59, 59).getTime(), 'fr')).toBe('31 décembre 2026');
    expect(formatDate(new Date(2026, 2, 12, 9).getTime(), 'en')).toBe('12 March 2026');
  });
});

describe('the first day of a month', () => {
  const MONTHS_FR = [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ];
  const MONTHS_EN = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];

  it('is « 1er » in French for every month, the other days unchanged', () => {
    MONTHS_FR.forEach((month, m) => {
      expect(formatDate(new Date(2026, m, 1, 12).getTime(), 'fr')).toBe(`1er ${month} 2026`);
      expect(formatDay(`2027-${String(m + 1).padStart(2, '0')}-01`, 'fr')).toBe(`1er ${month} 2027`);
      expect(formatDate(new Date(2026, m, 11, 12).getTime(), 'fr')).toBe(`11 ${month} 2026`);
      expect(formatDateTime(new Date(2026, m, 1, 9, 30).getTime(), 'fr')).toMatch(
        new RegExp(`^1er ${month} 2026 à 09:30$`),
      );
    });
  });

  it('is written as any other day in English', () => {
    MONTHS_EN.forEach((month, m) => {
      expect(formatDate(new Date(2026, m, 1, 12).getTime(), 'en')).toBe(`1 ${month} 2026`);
    });
  });
});

describe('formatBytes and formatShare', () => {
  it('write the room the app takes on this device', () => {
    expect(formatBytes(12_345_678, 'fr')).toBe('12,3\u202fMo');
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB');
    expect(formatBytes(512, 'fr')).toBe('512\u202fo');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(10_700_000_000, 'fr')).toBe('10,7\u202fGo');
    expect(formatShare(1, 8, 'fr')).toBe('13\u00a0%');
    expect(formatShare(1, 8, 'en')).toBe('13%');
    expect(formatShare(0, 8, 'fr')).toBe('0\u00a0%');
    expect(formatShare(1, 0, 'en')).toBe('–');
  });
});

describe('formatList', () => {
  it('joins items as each language does', () => {
    expect(formatList([], 'fr')).toBe('');
    expect(formatList(['Stratégie'], 'fr')).toBe('Stratégie');
    expect(formatList(['Stratégie', 'Animation', 'Veille'], 'fr')).toBe('Stratégie, Animation et Veille');
    expect(formatList(['Strategy', 'Facilitation', 'Watch'], 'en')).toBe('Strategy, Facilitation and Watch');
  });
});

describe('a date that is none', () => {
  it.each([
    ['fr', 'date inconnue'],
    ['en', 'unknown date'],
    ['de', '–'],
  ])('is written as such, never thrown (%s)', (lng, unknown) => {
    for (const timestamp of [
      Number.NaN,
      Infinity,
      -Infinity,
      8.64e15 + 1,
      Date.parse('20266-01-01T12:00:00'),
    ]) {
      expect(formatDate(timestamp, lng)).toBe(unknown);
      expect(formatDateTime(timestamp, lng)).toBe(unknown);
    }
    for (const day of ['', '2026-13-45', '0000-00-00', '20266-01-01', '2026-02-29'])
      expect(formatDay(day, lng)).toBe(unknown);
  });

  it('writes a real calendar day as formatDate writes its noon', () => {
    expect(formatDay('2026-03-12', 'fr')).toBe('12 mars 2026');
    expect(formatDay('2028-02-29', 'en')).toBe('29 February 2028');
  });

  it('never throws, whatever the number or the text', () => {
    fc.assert(
      fc.property(fc.double(), fc.string(), fc.constantFrom(...LANGUAGES, 'de'), (timestamp, day, lng) => {
        expect(typeof formatDate(timestamp, lng)).toBe('string');
        expect(typeof formatDateTime(timestamp, lng)).toBe('string');
        expect(typeof formatDay(day, lng)).toBe('string');
      }),
    );
  });
});
