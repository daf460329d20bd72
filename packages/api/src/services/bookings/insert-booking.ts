import { conflict, generateBookingCode } from '@reserva/domain';
import { sql } from 'kysely';
import {
  type Executor,
  insertBooking,
  insertHistory,
  insertItem,
  type NewBookingRow,
} from '../../repositories/bookings.repository.js';
import type { HistoryActor } from '../actor.js';

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
