import type { Db } from '@reserva/db';
import type { BookingStatus } from '@reserva/domain';
import type { Actor } from '../context.js';
import { itemsOf } from '../repositories/bookings.repository.js';
import { listStaffBookings } from '../repositories/staff-bookings.repository.js';
import { containing } from '../schemas/common.js';
import { bookingView } from './booking-view.service.js';

export interface StaffBookingListInput {
  venueId?: string | undefined;
  status?: BookingStatus | readonly BookingStatus[] | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  q?: string | undefined;
  skip: number;
  limit: number;
  order: 'asc' | 'desc';
}

/**
 * What staff type into the search box, as ILIKE patterns. Phones are stored as `+62812…`, while the
 * front desk types `0812 3456…`: a phone-like query is also tried in the stored form.
 */
export function searchPatterns(q: string): string[] {
  const patterns = [containing(q)];
  const digits = q.replace(/[\s\-().]/g, '');
  if (/^\+?\d{3,}$/.test(digits)) {
    if (digits !== q) patterns.push(containing(digits));
    if (digits.startsWith('0')) patterns.push(containing(`+62${digits.slice(1)}`));
  }
  return patterns;
}

export async function listBookingsForStaff({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: StaffBookingListInput;
}) {
  const { rows, total } = await listStaffBookings(
    db,
    {
      venueId: input.venueId,
      venueIds: actor.venueIds,
      statuses: input.status === undefined ? undefined : [input.status].flat(),
      from: input.from,
      to: input.to,
      patterns: input.q ? searchPatterns(input.q) : undefined,
    },
    { skip: input.skip, limit: input.limit, order: input.order },
  );
  const items = await itemsOf(
    db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => bookingView(row, items)), total };
}
