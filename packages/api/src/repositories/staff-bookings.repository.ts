import type { BookingStatus } from '@reserva/domain';
import { type Executor, selectBookings } from './bookings.repository.js';
import { type VenueScope, withinVenues } from './venue-scope.js';

export interface StaffBookingFilter {
  venueId?: string | undefined;
  venueIds?: VenueScope;
  statuses?: readonly BookingStatus[] | undefined;
  /** `starts_at` in `[from, to)`. */
  from?: Date | undefined;
  to?: Date | undefined;
  /** ILIKE patterns (already escaped); a booking matches when its name, phone or code matches any. */
  patterns?: readonly string[] | undefined;
}

function filteredBookings(db: Executor, filter: StaffBookingFilter) {
  let query = selectBookings(db);
  if (filter.venueId) query = query.where('bookings.venue_id', '=', filter.venueId);
  if (filter.venueIds) query = query.where(withinVenues('bookings.venue_id', filter.venueIds));
  if (filter.statuses?.length) query = query.where('bookings.status', 'in', filter.statuses);
  if (filter.from) query = query.where('bookings.starts_at', '>=', filter.from);
  if (filter.to) query = query.where('bookings.starts_at', '<', filter.to);
  const patterns = filter.patterns ?? [];
  if (patterns.length > 0) {
    query = query.where((eb) =>
      eb.or(
        patterns.flatMap((pattern) => [
          eb('bookings.contact_name', 'ilike', pattern),
          eb('bookings.contact_phone', 'ilike', pattern),
          eb('bookings.code', 'ilike', pattern),
        ]),
      ),
    );
  }
  return query;
}

/** One page in a stable order (start, then id; either direction), and the total under the same filter. */
export async function listStaffBookings(
  db: Executor,
  filter: StaffBookingFilter,
  page: { skip: number; limit: number; order: 'asc' | 'desc' },
) {
  const query = filteredBookings(db, filter);
  const [rows, count] = await Promise.all([
    query
      .orderBy('bookings.starts_at', page.order)
      .orderBy('bookings.id', page.order)
      .offset(page.skip)
      .limit(page.limit)
      .execute(),
    db
      .selectFrom(query.as('matching'))
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.total };
}
