// Figures, days and lists in the reader's language; a date that is none never throws.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { formatDate, formatDateTime, formatDay, formatList, formatMean } from './format';

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

  it('is left as Intl writes it in English', () => {
    MONTHS_EN.forEach((month, m) => {
      expect(formatDate(new Date(2026, m, 1, 12).getTime(), 'en')).toBe(`1 ${month} 2026`);
    });
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
