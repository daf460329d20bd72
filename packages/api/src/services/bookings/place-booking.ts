import { randomUUID } from 'node:crypto';
import { assertTransition, generateBookingCode } from '@reserva/domain';
import {
  type AtomicBooking,
  type HistoryRow,
  type InsertedBooking,
  insertBookingWithItem,
  insertBookingWithoutItem,
  type TakenResource,
} from '../../repositories/booking-insert.repository.js';
import { historyActor, SYSTEM } from '../actor.js';
import { confirmsOnBooking } from './booking-venue.js';
import { isPgError } from './insert-booking.js';
import type { BookingRequest } from './request.js';

export interface Placement {
  start: Date;
  end: Date;
  totalMinor: number;
  depositMinor?: number;
  isPeak?: boolean;
  requestedArea?: string | undefined;
  requestedType?: string | undefined;
  /** The resource to take; none leaves the booking for staff to assign. */
  item?: AtomicBooking['item'];
}

/** A booking just placed: everything it was written with, and what the database added. */
export interface PlacedBooking extends InsertedBooking {
  id: string;
  code: string;
  row: AtomicBooking['row'];
  history: HistoryRow[];
  item: (TakenResource & { start: Date; end: Date }) | null;
}

/** The venue changed (its settings, or it closed) after it was read: read it again and start over. */
export class VenueChangedError extends Error {
  constructor() {
    super('The venue changed while booking');
  }
}

const ATTEMPTS = 5;

/**
 * Places a customer's booking: PENDING, or straight to CONFIRMED where the venue confirms on
 * booking (both history entries written). Returns null when no place was free; retries a draw of
 * an existing booking code, and a best-fit pick that a concurrent booking took a moment earlier.
 */
export async function placeBooking(
  request: BookingRequest,
  placement: Placement,
): Promise<PlacedBooking | null> {
  const { db, venue, input } = request;
  const confirms = confirmsOnBooking(venue);
  const history: HistoryRow[] = [{ ...actorOf(request), from: null, to: 'PENDING', note: null }];
  if (confirms) {
    assertTransition('PENDING', 'CONFIRMED');
    history.push({
      actorUserId: SYSTEM.userId,
      actorLabel: SYSTEM.label,
      from: 'PENDING',
      to: 'CONFIRMED',
      note: 'confirmed on booking',
    });
  }
  const row = {
    venueId: venue.id,
    userId: request.actor?.userId ?? null,
    status: confirms ? ('CONFIRMED' as const) : ('PENDING' as const),
    partySize: input.partySize,
    start: placement.start,
    end: placement.end,
    contact: request.contact,
    totalMinor: placement.totalMinor,
    depositMinor: placement.depositMinor ?? 0,
    currency: venue.currency,
    isPeak: placement.isPeak ?? false,
    requestedArea: placement.requestedArea,
    requestedType: placement.requestedType,
    notes: input.notes,
  };
  const venueVersion = { venueId: venue.id, version: venue.version };

  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const booking = { id: randomUUID(), code: generateBookingCode(), row, history, venue: venueVersion };
    try {
      if (!placement.item) {
        const inserted = await insertBookingWithoutItem(db, booking);
        if (!inserted) throw new VenueChangedError();
        return { ...booking, ...inserted, item: null };
      }
      const { item } = placement;
      const result = await insertBookingWithItem(db, { ...booking, item });
      if (result.outcome === 'placed') {
        const { resource } = result;
        const placedRow = item.totalIsItemPrice ? { ...row, totalMinor: resource.priceMinor } : row;
        return {
          ...booking,
          ...result.booking,
          row: placedRow,
          item: { ...resource, start: item.start, end: item.end },
        };
      }
      if (result.outcome === 'venue-changed') throw new VenueChangedError();
      if (result.outcome === 'none-free') return null;
    } catch (error) {
      if (!isPgError(error, '23505', 'bookings_code_key')) throw error;
    }
  }
  return null;
}

function actorOf(request: BookingRequest) {
  const actor = historyActor(request.actor);
  return { actorUserId: actor.userId, actorLabel: actor.label };
}
