// The figures, days and lists written by format.ts must read exactly as Intl writes them.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { formatDate, formatDateTime, formatDay, formatList, formatMean } from './format';

const LANGUAGES = ['fr', 'en'] as const;

beforeAll(async () => {
  await i18n.changeLanguage('fr');
});

describe('formatMean', () => {
  const intl = (lng: string, value: number) =>
    new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(value);

  it.each(LANGUAGES)('writes every mean of up to 40 answers on a 0–4 scale as Intl does (%s)', (lng) => {
    for (let n = 1; n <= 40; n++) {
      for (let sum = 0; sum <= 4 * n; sum++) {
        expect(formatMean(sum / n, lng)).toBe(intl(lng, sum / n));
        // Changes between two bilans can be negative.
        expect(formatMean(-sum / n, lng)).toBe(intl(lng, -sum / n));
      }
    }
  });

  it('rounds half away from zero on the shortest writing, as Intl does', () => {
    expect(formatMean(1.15, 'fr')).toBe('1,2');
    expect(formatMean(0.15, 'en')).toBe('0.2');
    expect(formatMean(2.25, 'fr')).toBe('2,3');
    expect(formatMean(-2.25, 'en')).toBe('-2.3');
    expect(formatMean(3.96, 'fr')).toBe('4');
    expect(formatMean(9.96, 'en')).toBe('10');
    expect(formatMean(-0.01, 'fr')).toBe(intl('fr', -0.01));
    expect(formatMean(null, 'fr')).toBe('–');
  });

  it.each(LANGUAGES)('matches Intl on any number (%s)', (lng) => {
    fc.assert(
      fc.property(fc.double({ min: -5000, max: 5000, noNaN: true }), (value) => {
        expect(formatMean(value, lng)).toBe(intl(lng, value));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves other languages to Intl', () => {
    expect(formatMean(2.5, 'de')).toBe(intl('de', 2.5));
  });
});

describe('formatDate', () => {
  const intl = (lng: string, timestamp: number) =>
    new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(timestamp);

  it.each(LANGUAGES)('writes every day of 2024 to 2027 as Intl does (%s)', async (lng) => {
    await i18n.changeLanguage(lng);
    for (let day = Date.UTC(2024, 0, 1, 12); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
      expect(formatDate(day, lng)).toBe(intl(lng, day));
    }
  });

  it('reads the local day, as Intl does, at the edges of a day', async () => {
    await i18n.changeLanguage('fr');
    const justAfterMidnight = new Date(2026, 2, 1, 0, 0, 1).getTime();
    const justBeforeMidnight = new Date(2026, 11, 31, 23, 59, 59).getTime();
    expect(formatDate(justAfterMidnight, 'fr')).toBe('1 mars 2026');
    expect(formatDate(justBeforeMidnight, 'fr')).toBe('31 décembre 2026');
  });
});

describe('formatList', () => {
  const intl = (lng: string, items: string[]) =>
    new Intl.ListFormat(lng, { type: 'conjunction' }).format(items);

  it.each(LANGUAGES)('joins 0 to 6 items as Intl does (%s)', async (lng) => {
    await i18n.changeLanguage(lng);
    const items = ['Stratégie', 'Animation', '« Aide à la décision »', 'Ingénierie', 'Veille', 'Accueil'];
    for (let n = 0; n <= items.length; n++) {
      expect(formatList(items.slice(0, n), lng)).toBe(intl(lng, items.slice(0, n)));
    }
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
    expect(formatDay('2028-02-29', 'en')).toBe('February 29, 2028');
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
