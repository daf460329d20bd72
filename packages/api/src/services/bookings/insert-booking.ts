import { conflict, generateBookingCode } from '@reserva/domain';
import { sql } from 'kysely';
import {
  type Executor,
  insertBooking,
  insertHistory,
  insertItem,
  lockBooking,
  type NewBookingRow,
} from '../../repositories/bookings.repository.js';
import { type HistoryActor, historyActor, SYSTEM } from '../actor.js';
import { applyStatusChange } from '../booking-lifecycle.service.js';
import { type BookingVenue, confirmsOnBooking } from './booking-venue.js';
import type { BookingRequest } from './request.js';

export const isPgError = (error: unknown, code: string, constraint?: string): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === code &&
  (constraint === undefined || (error as { constraint?: unknown }).constraint === constraint);

/** Runs `work` in a savepoint: a failure rolls back only `work`, and the transaction goes on. */
async function inSavepoint<T>(trx: Executor, work: () => Promise<T>): Promise<T> {
  await sql`SAVEPOINT attempt`.execute(trx);
  try {
    const result = await work();
    await sql`RELEASE SAVEPOINT attempt`.execute(trx);
    return result;
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT attempt`.execute(trx);
    throw error;
  }
}

/** What a customer's request fixes about a new booking; each kind adds its period and price. */
export type RequestedBooking = Pick<NewBookingRow, 'start' | 'end' | 'totalMinor'> &
  Partial<Pick<NewBookingRow, 'depositMinor' | 'isPeak' | 'requestedArea' | 'requestedType'>>;

/** Inserts a new PENDING booking for a customer's request (see insertNewBooking). */
export const insertRequestedBooking = (trx: Executor, request: BookingRequest, booking: RequestedBooking) =>
  insertNewBooking(
    trx,
    {
      depositMinor: 0,
      isPeak: false,
      ...booking,
      venueId: request.venue.id,
      userId: request.actor?.userId ?? null,
      status: 'PENDING',
      partySize: request.input.partySize,
      contact: request.contact,
      currency: request.venue.currency,
      notes: request.input.notes,
    },
    historyActor(request.actor),
  );

/** Inserts the booking under a fresh booking code (a collision just draws another) and its first history entry. */
export async function insertNewBooking(trx: Executor, row: Omit<NewBookingRow, 'code'>, actor: HistoryActor) {
  for (let attempt = 0; ; attempt++) {
    try {
      const booking = await inSavepoint(trx, () =>
        insertBooking(trx, { ...row, code: generateBookingCode() }),
      );
      await insertHistory(trx, {
        bookingId: booking.id,
        actorUserId: actor.userId,
        actorLabel: actor.label,
        from: null,
        to: row.status,
      });
      return booking;
    } catch (error) {
      if (attempt < 5 && isPgError(error, '23505', 'bookings_code_key')) continue;
      throw error;
    }
  }
}

export interface ItemPlan {
  bookingId: string;
  start: Date;
  end: Date;
}

/**
 * Reserves one named resource. The exclusion constraint is the guarantee; a loser of a race gets
 * a CONFLICT that names the place.
 */
export async function reserveResource(
  trx: Executor,
  plan: ItemPlan & { resource: { id: string; label: string }; priceMinor: number; field?: string },
) {
  try {
    await insertItem(trx, { ...plan, resourceId: plan.resource.id });
  } catch (error) {
    if (isPgError(error, '23P01')) {
      throw conflict(
        `${plan.resource.label} was just booked by someone else for that time`,
        plan.field ?? 'resourceId',
      );
    }
    throw error;
  }
}

/**
 * Reserves the first candidate still free, in order (best fit first). A candidate taken meanwhile
 * by a concurrent booking is skipped; null when every candidate is gone.
 */
export async function reserveFirstFree<R extends { id: string }>(
  trx: Executor,
  candidates: readonly R[],
  plan: ItemPlan,
  priceOf: (resource: R) => number,
): Promise<R | null> {
  for (const resource of candidates) {
    try {
      await inSavepoint(trx, () =>
        insertItem(trx, { ...plan, resourceId: resource.id, priceMinor: priceOf(resource) }),
      );
      return resource;
    } catch (error) {
      if (!isPgError(error, '23P01')) throw error;
    }
  }
  return null;
}

/** Desks and rooms (and restaurants set that way) are confirmed as soon as they are booked. */
export async function confirmIfVenueDoes(trx: Executor, venue: BookingVenue, bookingId: string) {
  if (!confirmsOnBooking(venue)) return;
  const booking = (await lockBooking(trx, { id: bookingId }))!;
  await applyStatusChange(trx, booking, { to: 'CONFIRMED', note: 'confirmed on booking' }, SYSTEM);
}
