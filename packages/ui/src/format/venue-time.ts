import { currentLocale } from '../i18n/i18n';

/**
 * Dates and times as the venue's wall clock shows them, whatever the browser's zone: a guest in
 * Jakarta booking a table in Bali sees Bali time. One shape in both languages — "Sab, 28 Nov 2026
 * 19:00" / "Sat, 28 Nov 2026 19:00" — assembled from parts, because id-ID would print "19.00".
 */
type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(instant: Date, timeZone: string): Parts {
  const locale = currentLocale();
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    formatters.set(key, formatter);
  }
  const parts: Parts = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

const toDate = (value: Date | string): Date | null => {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
};

const dayLabel = (p: Parts) => `${p.weekday}, ${p.day} ${p.month} ${p.year}`;
const timeLabel = (p: Parts) => `${p.hour}:${p.minute}`;

/** "Sab, 28 Nov 2026" on the venue's calendar. */
export function formatVenueDate(value: Date | string, timeZone: string): string {
  const date = toDate(value);
  return date ? dayLabel(partsOf(date, timeZone)) : '';
}

/** "19:00" on the venue's clock. */
export function formatVenueTime(value: Date | string, timeZone: string): string {
  const date = toDate(value);
  return date ? timeLabel(partsOf(date, timeZone)) : '';
}

/** "Sab, 28 Nov 2026 19:00" on the venue's clock. */
export function formatVenueDateTime(value: Date | string, timeZone: string): string {
  const date = toDate(value);
  if (!date) return '';
  const parts = partsOf(date, timeZone);
  return `${dayLabel(parts)} ${timeLabel(parts)}`;
}

/** "Sab, 28 Nov 2026 19:00–20:30", or both ends in full when the range crosses midnight. */
export function formatVenueRange(start: Date | string, end: Date | string, timeZone: string): string {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return '';
  const a = partsOf(from, timeZone);
  const b = partsOf(to, timeZone);
  if (dayLabel(a) === dayLabel(b)) return `${dayLabel(a)} ${timeLabel(a)}–${timeLabel(b)}`;
  return `${dayLabel(a)} ${timeLabel(a)} – ${dayLabel(b)} ${timeLabel(b)}`;
}

/** A calendar date (`2026-11-28`, already venue-local) as "Sab, 28 Nov 2026". */
export function formatLocalDate(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(noon.getTime()) ? date : dayLabel(partsOf(noon, 'UTC'));
}
