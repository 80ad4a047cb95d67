// Owns number and date formatting in the reader's language.

export function formatMean(value: number | null, lng: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(value);
}

export function formatDate(timestamp: number, lng: string): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(timestamp);
}

export function formatDateTime(timestamp: number, lng: string): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeStyle: 'short' }).format(timestamp);
}
