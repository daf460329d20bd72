import { addDays, todayIn } from '@reserva/domain';
import type { Venue } from './types';

/** The venue-local dates a guest may pick: today on the venue's calendar up to its horizon. */
export function bookableDates(venue: Pick<Venue, 'timeZone' | 'settings'>, now = new Date()) {
  const today = todayIn(venue.timeZone, now);
  return { today, last: addDays(today, venue.settings.maxDaysAhead) };
}
