import type { Db } from '@reserva/db';
import {
  type BookingStatus,
  type CancelCause,
  type CancelReason,
  isActiveStatus,
  notFound,
  transition,
} from '@reserva/domain';
import type { RawBuilder } from 'kysely';
import {
  type Executor,
  insertHistory,
  lockBooking,
  recordStatusChange,
} from '../repositories/bookings.repository.js';
import type { HistoryActor } from './actor.js';
import { loadBookingDetail } from './booking-view.service.js';
import { type CancellationSource, cancelCauseOf, refundEndedBooking } from './refunds/cancellation-refund.js';

export interface StatusChange {
  to: BookingStatus;
  reason?: CancelReason | undefined;
  description?: string | undefined;
  note?: string | undefined;
}

export type LockedBooking = NonNullable<Awaited<ReturnType<typeof lockBooking>>>;

/**
 * The one path every status change takes: lock the booking, let the state machine judge the
 * transition, free the booking's places when it stops being active, and append history — all in
 * the caller's transaction, with `announce` (a change-feed row) in the same statement.
 */
export async function applyStatusChange(
  trx: Executor,
  booking: { id: string; status: BookingStatus },
  change: StatusChange,
  actor: HistoryActor,
  announce?: RawBuilder<unknown>,
): Promise<void> {
  const { from, to } = transition(booking, change.to, {
    reason: change.reason,
    description: change.description,
  });
  const cancels = to === 'CANCELLED';
  await recordStatusChange(
    trx,
    {
      bookingId: booking.id,
      from,
      to,
      freesPlaces: !isActiveStatus(to),
      cancelReason: cancels ? change.reason : undefined,
      cancelDescription: cancels ? (change.description ?? null) : undefined,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      note: change.note ?? (cancels ? [change.reason, change.description].filter(Boolean).join(': ') : null),
    },
    announce,
  );
  booking.status = to;
}

/** An audit entry that changes nothing: a note in the history at the booking's current status. */
export const noteOnBooking = (
  trx: Executor,
  booking: { id: string; status: BookingStatus },
  note: string,
  actor: HistoryActor,
) =>
  insertHistory(trx, {
    bookingId: booking.id,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    from: booking.status,
    to: booking.status,
    note,
  });

/** Locks a booking for a change; `check` may refuse (ownership, timing) before anything changes. */
export async function changeBookingStatus({
  db,
  by,
  change,
  actor,
  check,
  source = 'staff',
  cause,
  now = new Date(),
}: {
  db: Db;
  by: { id: string } | { code: string };
  change: StatusChange;
  actor: HistoryActor;
  check?: (booking: LockedBooking) => void;
  /** Who ends the booking, when the change does (cancel, no-show): recorded on its refund. */
  source?: CancellationSource;
  /** The refund rule, when the reason must not pick it (a customer's own cancel is always theirs). */
  cause?: CancelCause;
  now?: Date;
}) {
  return db.transaction().execute(async (trx) => {
    const booking = await lockBooking(trx, by);
    if (!booking) throw notFound('Booking');
    check?.(booking);
    await applyStatusChange(trx, booking, change, actor);
    if (endsWithRefund(change.to)) {
      await refundEndedBooking(trx, booking, { cause: cause ?? cancelCauseOf(change), source, actor, now });
    }
    return loadBookingDetail(trx, { id: booking.id });
  });
}

/** The changes that end a booking someone may have paid for: its money follows (see refundEndedBooking). */
export const endsWithRefund = (to: BookingStatus) => to === 'CANCELLED' || to === 'NO_SHOW';
