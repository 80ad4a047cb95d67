// Owns number, date and list formatting in the reader's language: Intl's formatters, one of each kind
// per language, kept. A date that is none (NaN, out of Date's range) is written as such: formatting
// never throws.
import i18n from '../i18n';
import { dayTimestamp } from '../domain/dates';

const formats = new Map<string, unknown>();

/** The Intl locale for a language: English is written the British way (« 1 December 2026 »). */
const intlLocale = (lng: string) => (lng === 'en' ? 'en-GB' : lng);

function cached<F>(kind: string, lng: string, create: () => F): F {
  const key = `${kind}|${lng}`;
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = create();
    formats.set(key, format);
  }
  return format;
}

/** A mean to at most one decimal: « 2,5 », "2.5"; « – » when there is none. */
export function formatMean(value: number | null, lng: string): string {
  if (value === null) return '–';
  return cached(
    'mean',
    lng,
    () => new Intl.NumberFormat(intlLocale(lng), { maximumFractionDigits: 1 }),
  ).format(value);
}

/** What is written for a date that is none. */
function unknownDate(lng: string): string {
  return i18n.t(($) => $.format.unknownDate, { lng, ns: 'common', defaultValue: '–' });
}

function validDate(timestamp: number): Date | null {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Writes a date with `format`; in French the first day of a month is « 1er » (« 1er décembre 2026 »),
 * as French typography writes it and Intl does not.
 */
function writeDate(format: Intl.DateTimeFormat, date: Date, lng: string): string {
  if (!lng.startsWith('fr') || date.getDate() !== 1) return format.format(date);
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** A day, in the reader's local time: « 12 mars 2026 », « 1er mars 2026 », "March 12, 2026". */
export function formatDate(timestamp: number, lng: string): string {
  const date = validDate(timestamp);
  if (!date) return unknownDate(lng);
  const format = cached('date', lng, () => new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'long' }));
  return writeDate(format, date, lng);
}

/** A calendar day written `YYYY-MM-DD` (a workshop's, a review's), as formatDate writes it. */
export function formatDay(day: string, lng: string): string {
  return formatDate(dayTimestamp(day) ?? Number.NaN, lng);
}

/** A day and a time: « 12 mars 2026 à 09:30 ». */
export function formatDateTime(timestamp: number, lng: string): string {
  const date = validDate(timestamp);
  if (!date) return unknownDate(lng);
  const format = cached(
    'dateTime',
    lng,
    () => new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'long', timeStyle: 'short' }),
  );
  return writeDate(format, date, lng);
}

/** « A, B et C », "A, B, and C". */
export function formatList(items: readonly string[], lng: string): string {
  return cached('list', lng, () => new Intl.ListFormat(intlLocale(lng), { type: 'conjunction' })).format(
    items,
  );
}
