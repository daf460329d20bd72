import type { Db } from '@reserva/db';
import { conflict, DomainError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { ChangeFeed } from '../../live/change-feed.js';
import { publishSeatChange } from '../../live/seat-changes.js';
import {
  activeSeatIdsOf,
  findHoldEvent,
  findHoldView,
  lockHold,
  markHoldPaid,
} from '../../repositories/holds.repository.js';
import { lockEventForHold } from '../../repositories/public-events.repository.js';
import { historyActor } from '../actor.js';
import { applyStatusChange } from '../booking-lifecycle.service.js';
import { loadBookingDetail } from '../booking-view.service.js';
import { insertPayment } from '../payments/payments.repository.js';
import { consumeAttempt, LIMITS } from '../rate-limit.service.js';
import { checkoutInFlight, holdExpiredBeforePayment, holdView, isLiveHold } from './hold-view.js';

const noSuchClaim = () => new DomainError('NotFound', 'No hold has this claim code', 'claimCode');

/** The hold behind a claim code as the staff screen shows it: any status, with its booking code once paid. */
export async function lookupClaim({
  db,
  input,
  ip,
  now = new Date(),
}: {
  db: Db;
  input: { claimCode: string };
  ip: string;
  now?: Date;
}) {
  await consumeAttempt(db, LIMITS.staffClaimLookupsPerIp, ip);
  const row = await findHoldView(db, { claimCode: input.claimCode });
  if (!row) throw noSuchClaim();
  return {
    ...holdView(row),
    expired: row.status === 'EXPIRED' || (row.status === 'HELD' && !isLiveHold(row, now)),
    paymentStatus: row.paymentStatus,
  };
}

/**
 * Staff saw the money (transfer, cash at the counter): records an offline payment and confirms the
 * hold, which issues its booking code. Confirming an already confirmed claim returns it again.
 */
export async function confirmOfflinePayment({
  db,
  feed,
  actor,
  input,
  ip,
  now = new Date(),
}: {
  db: Db;
  feed: ChangeFeed;
  actor: Actor;
  input: { claimCode: string };
  ip: string;
  now?: Date;
}) {
  await consumeAttempt(db, LIMITS.staffClaimLookupsPerIp, ip);
  const found = await findHoldEvent(db, { claimCode: input.claimCode });
  if (!found?.eventId) throw noSuchClaim();
  const eventId = found.eventId;
  const bookingId = await db.transaction().execute(async (trx) => {
    // The event first, as a cancellation locks it: a cancelled event's hold is never confirmed.
    const event = await lockEventForHold(trx, eventId);
    const hold = await lockHold(trx, { claimCode: input.claimCode });
    if (!hold) throw noSuchClaim();
    if (hold.status !== 'HELD') {
      if (hold.paymentStatus === 'PAID' && hold.status !== 'CANCELLED') return hold.id;
      if (hold.status === 'EXPIRED') throw holdExpiredBeforePayment();
      throw conflict(`This hold is ${hold.status.toLowerCase()}; it cannot be paid for`, 'claimCode');
    }
    if (!isLiveHold(hold, now)) throw holdExpiredBeforePayment();
    if (event?.status !== 'scheduled')
      throw conflict('This event was cancelled; the hold cannot be paid for', 'claimCode');
    if (checkoutInFlight(hold, now)) {
      throw conflict('A card payment for this hold is in progress', 'claimCode');
    }
    await insertPayment(trx, {
      bookingId: hold.id,
      provider: 'offline',
      status: 'SUCCEEDED',
      amountMinor: hold.totalMinor,
      currency: hold.currency,
      idempotencyKey: `offline:${hold.id}`,
      confirmedBy: actor.userId,
    });
    const seatIds = await activeSeatIdsOf(trx, hold.id);
    await applyStatusChange(
      trx,
      hold,
      { to: 'CONFIRMED', note: 'offline payment confirmed' },
      historyActor(actor),
    );
    await markHoldPaid(trx, hold.id, { totalMinor: hold.totalMinor, userId: null });
    if (hold.eventId) {
      await publishSeatChange(feed, trx, hold.eventId, { seatIds, status: 'booked', holdId: hold.id });
    }
    return hold.id;
  });
  return loadBookingDetail(db, { id: bookingId });
}
