import { addDays, jakartaDateOf, type LocalDate } from './local-time.js';

export const SCHEDULE_DAYS = 7;

export interface ScheduleWindow {
  /** Every local date that can hold a start inside the window: today and the SCHEDULE_DAYS after it. */
  dates: LocalDate[];
  includes(start: Date): boolean;
}

/**
 * Events start in [now, now + 7 days): whenever the demo is seeded, nothing on sale has already
 * started and every one of the next seven 24-hour days has a full day of events.
 */
export function scheduleWindow(now: Date): ScheduleWindow {
  const today = jakartaDateOf(now);
  const end = now.getTime() + SCHEDULE_DAYS * 24 * 60 * 60_000;
  return {
    dates: Array.from({ length: SCHEDULE_DAYS + 1 }, (_, offset) => addDays(today, offset)),
    includes: (start) => start.getTime() >= now.getTime() && start.getTime() < end,
  };
}
