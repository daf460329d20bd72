import type { BookingStatus } from '@reserva/domain';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarBookingRow } from './calendar-feeds.repository.js';

const STATUS_OF: Partial<Record<BookingStatus, ICalEventStatus>> = {
  PENDING: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

export interface CalendarOptions {
  name: string;
  /** The zone calendar apps show the calendar in (X-WR-TIMEZONE); each booking carries its venue's. */
  timeZone: string;
  /** Staff see who is coming; a customer sees where they are going. */
  audience: 'staff' | 'customer';
}

/**
 * An iCalendar document of bookings. Times are written as the venue's wall-clock time with its
 * TZID, and the VTIMEZONE of every zone used is included, so each calendar app shows the booking
 * at the right instant and in the venue's local time. ical-generator reads a native Date in the
 * server process's own zone when a TZID is set; a Luxon DateTime is converted to the event's zone.
 * A cancelled booking stays in the feed as STATUS:CANCELLED, so subscribed calendars drop it.
 */
export function bookingsCalendar(bookings: readonly CalendarBookingRow[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Reserva', product: 'Reserva calendar', language: 'EN' },
    timezone: { name: options.timeZone, generator: getVtimezoneComponent },
    ttl: 15 * 60,
  });
  for (const booking of bookings) {
    const places = booking.places ? ` · ${booking.places}` : '';
    calendar.createEvent({
      id: `${booking.id}@reserva`,
      start: DateTime.fromJSDate(booking.startsAt),
      end: DateTime.fromJSDate(booking.endsAt),
      timezone: booking.timeZone,
      stamp: DateTime.fromJSDate(booking.updatedAt),
      created: DateTime.fromJSDate(booking.createdAt),
      lastModified: DateTime.fromJSDate(booking.updatedAt),
      status: STATUS_OF[booking.status] ?? ICalEventStatus.CONFIRMED,
      summary:
        options.audience === 'staff'
          ? `${booking.contactName ?? 'Guest'} (${booking.partySize})${places}`
          : `${booking.venueName}${places}`,
      description: [
        `Booking ${booking.code} — ${booking.status}`,
        options.audience === 'staff' && booking.contactPhone ? `Contact: ${booking.contactPhone}` : null,
        options.audience === 'staff' && booking.notes ? `Notes: ${booking.notes}` : null,
      ]
        .filter(Boolean)
        .join('\n'),
      location: [booking.venueName, booking.venueAddress].filter(Boolean).join(', '),
    });
  }
  return calendar.toString();
}
