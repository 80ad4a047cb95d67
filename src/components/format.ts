// Owns number, date and list formatting in the reader's language.
//
// A mean to one decimal, a day and a short list are written here, with the wording's month names and
// list separators, rather than with Intl: in a fresh page the first Intl number, date or list formatter
// loads ICU's data, 20 to 40 ms of main thread on the bench machine (several times that on a slow
// phone), and it landed inside the first render of the profile and of the home page. format.test.ts
// checks that each function writes exactly what Intl writes, in French and in English. Anything
// outside what these cover (another language, a figure of 1,000 or more, a date and time) goes to
// Intl, whose formatters are kept, one of each kind per language.
import i18n from '../i18n';
import { dayTimestamp } from '../domain/dates';

const meanFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<F>(cache: Map<string, F>, lng: string, create: () => F): F {
  let format = cache.get(lng);
  if (!format) {
    format = create();
    cache.set(lng, format);
  }
  return format;
}

/** The languages whose numbers, days and lists are written here. */
const WRITTEN: Readonly<Record<string, { readonly decimal: string }>> = {
  fr: { decimal: ',' },
  en: { decimal: '.' },
};

/**
 * `value` to at most one decimal, rounded half away from zero on its shortest decimal writing (what
 * Intl does: 1.15 gives 1.2, although the double is a little below 1.15).
 */
function oneDecimal(value: number, decimal: string): string {
  const [whole = '0', fraction = ''] = String(Math.abs(value)).split('.');
  let units = BigInt(whole) * 10n + BigInt(fraction[0] ?? '0');
  if ((fraction[1] ?? '0') >= '5') units += 1n;
  const tenths = units % 10n;
  const text = `${units / 10n}${tenths === 0n ? '' : `${decimal}${tenths}`}`;
  return value < 0 || Object.is(value, -0) ? `-${text}` : text;
}

export function formatMean(value: number | null, lng: string): string {
  if (value === null) return '–';
  const written = WRITTEN[lng];
  // Shortest writings in exponent form (below 1e-6) and grouped thousands are left to Intl.
  if (written && Math.abs(value) < 1000 && (value === 0 || Math.abs(value) >= 1e-6))
    return oneDecimal(value, written.decimal);
  return cached(meanFormats, lng, () => new Intl.NumberFormat(lng, { maximumFractionDigits: 1 })).format(
    value,
  );
}

/** What is written for a date that is none (NaN, out of Date's range): formatting never throws. */
function unknownDate(lng: string): string {
  return i18n.t('format.unknownDate', { lng, ns: 'common', defaultValue: '–' });
}

/** A day, in the reader's local time: « 12 mars 2026 », "March 12, 2026". */
export function formatDate(timestamp: number, lng: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return unknownDate(lng);
  if (WRITTEN[lng])
    return i18n.t('format.date', {
      lng,
      ns: 'common',
      day: date.getDate(),
      month: i18n.t(`format.month.${date.getMonth()}`, { lng, ns: 'common' }),
      year: date.getFullYear(),
    });
  return cached(dateFormats, lng, () => new Intl.DateTimeFormat(lng, { dateStyle: 'long' })).format(date);
}

/** A calendar day written `YYYY-MM-DD` (a workshop's, a review's), as formatDate writes it. */
export function formatDay(day: string, lng: string): string {
  return formatDate(dayTimestamp(day) ?? Number.NaN, lng);
}

export function formatDateTime(timestamp: number, lng: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return unknownDate(lng);
  return cached(
    dateTimeFormats,
    lng,
    () => new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeStyle: 'short' }),
  ).format(date);
}

/** « A, B et C », "A, B, and C". */
export function formatList(items: readonly string[], lng: string): string {
  if (!WRITTEN[lng])
    return cached(listFormats, lng, () => new Intl.ListFormat(lng, { type: 'conjunction' })).format(items);
  const last = items.at(-1);
  if (last === undefined) return '';
  if (items.length === 1) return last;
  const separator = i18n.t(items.length === 2 ? 'format.listAndTwo' : 'format.listAndMore', {
    lng,
    ns: 'common',
  });
  return `${items.slice(0, -1).join(', ')}${separator}${last}`;
}
