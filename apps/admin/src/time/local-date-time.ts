import { instantToZoned, isValidLocalDate, isValidLocalTime, zonedToInstant } from '@reserva/domain';

/** The value of an `<input type="datetime-local">` showing `instant` on the venue's clock. */
export function toLocalInput(instant: string | Date, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return '';
  const zoned = instantToZoned(date, timeZone);
  return `${zoned.date}T${zoned.time}`;
}

/** What a `datetime-local` input holds, read on the venue's clock, as the ISO instant the API takes. */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const [date = '', time = ''] = value.split('T');
  const hhmm = time.slice(0, 5);
  if (!isValidLocalDate(date) || !isValidLocalTime(hhmm)) return null;
  return zonedToInstant(date, hhmm, timeZone).toISOString();
}
