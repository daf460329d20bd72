import { addDays, jakartaDateOf, type LocalDate } from './local-time.js';

export const SCHEDULE_DAYS = 7;
const WINDOW_MS = SCHEDULE_DAYS * 24 * 60 * 60_000;

/**
 * The events that `perDay` plans for each local date, kept when they start in [now, now + 7 days):
 * whenever the demo is seeded nothing on sale has already started, and each of the next seven
 * 24-hour days is full. Today and the seventh date after it are both partly inside that window.
 */
export function upcomingEvents<T extends { starts_at: Date }>(
  now: Date,
  perDay: (date: LocalDate, day: number) => T[],
): T[] {
  const today = jakartaDateOf(now);
  const from = now.getTime();
  return Array.from({ length: SCHEDULE_DAYS + 1 }, (_, day) => perDay(addDays(today, day), day))
    .flat()
    .filter((event) => event.starts_at.getTime() >= from && event.starts_at.getTime() < from + WINDOW_MS);
}
