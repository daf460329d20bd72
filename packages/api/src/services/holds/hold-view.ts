import { hashToken } from '@reserva/auth';
import { DomainError } from '@reserva/domain';
import type { Executor } from '../../repositories/bookings.repository.js';
import {
  findHoldView,
  type HoldRef,
  type HoldViewRow,
  PENDING_PAYMENT_GRACE_MINUTES,
} from '../../repositories/holds.repository.js';

export const HOLD_GONE = 'This hold has expired or does not exist';

/** Unknown, used up, expired: the holder hears the same thing, and learns nothing about other holds. */
export const holdGone = () => new DomainError('NotFound', HOLD_GONE, 'holdToken');

export const holdExpiredBeforePayment = () =>
  new DomainError('Conflict', 'This hold expired before payment', 'holdToken');

/** The token the caller sent, else the one in its hold cookie. */
export function holdTokenOf(input: { holdToken?: string | undefined }, cookieToken: string | undefined) {
  const token = input.holdToken ?? cookieToken;
  if (!token) throw holdGone();
  return { token, tokenHash: hashToken(token) };
}

/** Still held: HELD and its time not up (whether or not the sweeper has been round). */
export const isLiveHold = (hold: { status: string; expiresAt: Date | null }, now: Date) =>
  hold.status === 'HELD' && hold.expiresAt !== null && hold.expiresAt.getTime() > now.getTime();

/** A checkout of the hold began less than the grace period ago: the hold keeps its seats. */
export const checkoutInFlight = (hold: { checkoutStartedAt: Date | null }, now: Date) =>
  hold.checkoutStartedAt !== null &&
  hold.checkoutStartedAt.getTime() > now.getTime() - PENDING_PAYMENT_GRACE_MINUTES * 60_000;

export function holdView(row: HoldViewRow) {
  return {
    holdId: row.id,
    status: row.status,
    expiresAt: row.expiresAt ?? row.startsAt,
    event: {
      id: row.eventId,
      kind: row.eventKind,
      title: row.title,
      origin: row.origin,
      destination: row.destination,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      busType: row.busType,
      venue: {
        id: row.venueId,
        slug: row.venueSlug,
        name: row.venueName,
        kind: row.venueKind,
        timeZone: row.timeZone,
      },
    },
    seats: row.seats,
    totalMinor: row.totalMinor,
    currency: row.currency,
    contact:
      row.contactName === null && row.contactPhone === null
        ? null
        : { name: row.contactName, whatsapp: row.contactPhone, email: row.contactEmail },
    claimCode: row.claimCode,
    // The booking code is the ticket: it is shown only once the booking is paid for.
    bookingCode: isPaid(row) ? row.code : null,
  };
}

/** Paid and still standing (not cancelled or refunded): the hold became a booking. */
export const isPaid = (row: { status: string; paymentStatus: string }) =>
  row.paymentStatus === 'PAID' && ['CONFIRMED', 'CHECKED_IN', 'COMPLETED'].includes(row.status);

export type HoldView = ReturnType<typeof holdView>;

/** The live hold `ref` points at, as its holder sees it; anything else is "gone". */
export async function loadLiveHold(db: Executor, ref: HoldRef, now: Date): Promise<HoldView> {
  const row = await findHoldView(db, ref);
  if (!row || !isLiveHold(row, now)) throw holdGone();
  return holdView(row);
}
