// Owns number, size, share, date and list formatting in the reader's language, French or English
// (British), written here from the wording's month names, units and connectors rather than by Intl: the first Intl.DateTimeFormat
// or Intl.NumberFormat of a page loads ICU's locale data, 35–70 ms on the main thread of this machine
// for the home page and a profile (ARCHITECTURE.md, « Speed »). The output is Intl's own, which
// format.test.ts checks against Intl over thousands of values, but for « 1er » (French typography
// writes the first day of a month so, Intl does not), for a mean that rounds to zero, written « 0 »,
// never « -0 », and for a size under a kilobyte in English, "512 B" where Intl writes "512 byte". A date that is none (NaN, out of Date's range) is written as such: formatting never throws.
import i18n from '../i18n';
import { dayTimestamp } from '../domain/dates';
import type { Resources } from '../i18n/wording';

type Writing = 'fr' | 'en';
type Month = keyof Resources['common']['format']['months'];

/** The language a figure is written in: French, or English for any other. */
const writing = (lng: string): Writing => (lng.startsWith('fr') ? 'fr' : 'en');

/** Thousands separators and decimal marks, as CLDR writes them (French: a narrow no-break space). */
const NUMBERS: Record<Writing, { readonly group: string; readonly decimal: string }> = {
  fr: { group: '\u202f', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * `value` × 10^places, computed on the number's shortest decimal writing (`0.145` × 100 is 14.5, as
 * Intl reads it, where the binary product is 14.499…).
 */
function shifted(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * A number to at most `digits` decimals, half away from zero, as Intl rounds it: on the number's
 * shortest decimal writing (`1.15` rounds to 1.2, not to 1.1 as its binary value would).
 */
function writeNumber(value: number, lng: string, digits: number): string {
  const { group, decimal } = NUMBERS[writing(lng)];
  const rounded = Math.round(shifted(Math.abs(value), digits));
  if (rounded === 0) return '0';
  const text = String(rounded).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits).replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** A mean to at most one decimal: « 2,5 », "2.5"; « – » when there is none. */
export function formatMean(value: number | null, lng: string): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return writeNumber(value, lng, 1);
}

/** What is written for a date that is none. */
function unknownDate(lng: string): string {
  return i18n.t(($) => $.format.unknownDate, { lng, ns: 'common', defaultValue: '–' });
}

/** A timestamp as a Date, or null when it names no date. */
function validDate(timestamp: number): Date | null {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** « 12 mars 2026 », « 1er mars 2026 », "12 March 2026": a day in the reader's local time. */
function writeDay(date: Date, lng: string): string {
  const language = writing(lng);
  const day = date.getDate();
  const month = String(date.getMonth() + 1) as Month;
  const monthName = i18n.t(($) => $.format.months[month], { lng: language, ns: 'common' });
  return `${language === 'fr' && day === 1 ? '1er' : day} ${monthName} ${date.getFullYear()}`;
}

/** A day, in the reader's local time: « 12 mars 2026 », « 1er mars 2026 », "12 March 2026". */
export function formatDate(timestamp: number, lng: string): string {
  const date = validDate(timestamp);
  return date ? writeDay(date, lng) : unknownDate(lng);
}

/** A calendar day written `YYYY-MM-DD` (a workshop's, a review's), as formatDate writes it. */
export function formatDay(day: string, lng: string): string {
  return formatDate(dayTimestamp(day) ?? Number.NaN, lng);
}

/** A day and a time on the 24-hour clock: « 12 mars 2026 à 09:30 », "12 March 2026 at 09:30". */
export function formatDateTime(timestamp: number, lng: string): string {
  const date = validDate(timestamp);
  if (!date) return unknownDate(lng);
  const time = [date.getHours(), date.getMinutes()].map((n) => String(n).padStart(2, '0')).join(':');
  return i18n.t(($) => $.format.dateTime, {
    lng: writing(lng),
    ns: 'common',
    date: writeDay(date, lng),
    time,
  });
}

const BYTE_UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;

/** A size in the largest unit it reaches, to one decimal: « 12,3 Mo », "12.3 MB", « 512 o », "512 B". */
export function formatBytes(bytes: number, lng: string): string {
  const [unit, size] = BYTE_UNITS.find(([, s]) => bytes >= s) ?? (['byte', 1] as const);
  const n = writeNumber(bytes / size, lng, 1);
  return i18n.t(($) => $.format.bytes[unit], { lng: writing(lng), ns: 'common', n });
}

/** A share of a whole as a percentage to two significant digits: « 12 % », « 1,2 % », "0.012%". */
export function formatShare(part: number, whole: number, lng: string): string {
  const percent = shifted(part / whole, 2);
  if (!Number.isFinite(percent)) return '–';
  const magnitude = percent === 0 ? 0 : Math.floor(Math.log10(Math.abs(percent)));
  const n = writeNumber(percent, lng, Math.max(0, 1 - magnitude));
  return i18n.t(($) => $.format.percent, { lng: writing(lng), ns: 'common', n });
}

/** « A, B et C », "A, B and C". */
export function formatList(items: readonly string[], lng: string): string {
  if (items.length < 2) return items.join('');
  const and = i18n.t(($) => $.format.and, { lng: writing(lng), ns: 'common' });
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
