import { conflict } from '@reserva/domain';
import { type Executor, insertItem } from '../../repositories/bookings.repository.js';

export const isPgError = (error: unknown, code: string, constraint?: string): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === code &&
  (constraint === undefined || (error as { constraint?: unknown }).constraint === constraint);

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
