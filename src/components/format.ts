// Owns number and date formatting in the reader's language. Intl formatters are costly to create and
// a group's page formats hundreds of figures: one of each kind is kept per language.

const meanFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, lng: string, create: () => F): F {
  let format = cache.get(lng);
  if (!format) {
    format = create();
    cache.set(lng, format);
  }
  return format;
}

export function formatMean(value: number | null, lng: string): string {
  if (value === null) return '–';
  return cached(meanFormats, lng, () => new Intl.NumberFormat(lng, { maximumFractionDigits: 1 })).format(
    value,
  );
}

export function formatDate(timestamp: number, lng: string): string {
  return cached(dateFormats, lng, () => new Intl.DateTimeFormat(lng, { dateStyle: 'long' })).format(
    timestamp,
  );
}

export function formatDateTime(timestamp: number, lng: string): string {
  return cached(
    dateTimeFormats,
    lng,
    () => new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeStyle: 'short' }),
  ).format(timestamp);
}
