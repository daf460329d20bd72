import { currentLocale } from '../i18n/i18n';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** Dates arrive from the API as ISO strings (no transformer), so both forms are accepted. */
export function formatDateTime(
  value: Date | string | null | undefined,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  if (value === null || value === undefined) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(currentLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

export function formatDate(value: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone }).format(date);
}
