/**
 * What a booking owes, and what a cancellation gives back, by the venue's policy. Pure: "now" is
 * an argument, amounts are integer minor units, and nothing here ever returns more than was paid.
 */
import { priceStay } from './pricing.js';
import { addDays, instantToZoned } from './time.js';
import type { CancellationFee, NoShowFee, TaxLine, VenueKind, VenueSettings } from './venue.js';

const HOUR_MS = 3_600_000;

/** Who ends the booking, which decides the rule that applies. */
export type CancelCause =
  /** The customer cancels (themselves, or staff on their request): free window, then the fee. */
  | 'customer'
  /** The venue cancels (closed, its own reason) or cancels the event: everything goes back. */
  | 'venue'
  /** The guest never came: the no-show rule. */
  | 'no_show';

export const REFUND_REASONS = [
  /** Nothing was paid, so nothing goes back. */
  'NOT_PAID',
  /** Cancelled inside the free window: all of it. */
  'FREE_CANCELLATION',
  /** Cancelled after the free window: the fee is kept. */
  'LATE_CANCELLATION_FEE',
  'NO_SHOW',
  'VENUE_CANCELLED',
] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

export type CancellationPolicy = Pick<VenueSettings, 'cancelFreeHours' | 'cancelFee' | 'noShowFee'>;

export interface RefundQuote {
  refundMinor: number;
  feeMinor: number;
  reason: RefundReason;
  /** The last instant a customer's cancellation is free (elapsed hours before the start). */
  freeUntil: Date;
}

const whole = (value: number) => (Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0);

/** The fee of a late cancellation of `paidMinor`, never more than was paid. */
export function cancellationFee(fee: CancellationFee, paidMinor: number): number {
  const amount =
    fee.kind === 'percent'
      ? whole((paidMinor * Math.min(100, Math.max(0, fee.percent))) / 100)
      : whole(fee.amountMinor);
  return Math.min(paidMinor, amount);
}

const noShowKeeps = (fee: NoShowFee, paidMinor: number) =>
  fee.kind === 'keepAll' ? paidMinor : Math.min(paidMinor, whole(fee.amountMinor));

/**
 * The refund for ending a booking that starts at `startsAt`, of which `paidMinor` was paid and
 * `refundedMinor` already given back (a manual refund earlier). The fee is on what was paid; the
 * refund is what remains of the payment after the fee. Free "until N hours before": a cancellation
 * at exactly that instant is still free. Hours are elapsed time, so a daylight-saving change in
 * between moves the wall-clock deadline, never the length of the window.
 */
export function quoteRefund({
  policy,
  startsAt,
  now,
  paidMinor,
  refundedMinor = 0,
  cause,
}: {
  policy: CancellationPolicy;
  startsAt: Date;
  now: Date;
  paidMinor: number;
  refundedMinor?: number;
  cause: CancelCause;
}): RefundQuote {
  const freeUntil = new Date(startsAt.getTime() - Math.max(0, policy.cancelFreeHours) * HOUR_MS);
  const paid = whole(paidMinor);
  const remaining = Math.max(0, paid - whole(refundedMinor));
  if (paid === 0) return { refundMinor: 0, feeMinor: 0, reason: 'NOT_PAID', freeUntil };
  if (cause === 'venue') return { refundMinor: remaining, feeMinor: 0, reason: 'VENUE_CANCELLED', freeUntil };
  const keep =
    cause === 'no_show'
      ? noShowKeeps(policy.noShowFee, paid)
      : now.getTime() <= freeUntil.getTime()
        ? 0
        : cancellationFee(policy.cancelFee, paid);
  const reason: RefundReason =
    cause === 'no_show' ? 'NO_SHOW' : keep === 0 ? 'FREE_CANCELLATION' : 'LATE_CANCELLATION_FEE';
  const refundMinor = Math.max(0, remaining - keep);
  return { refundMinor, feeMinor: remaining - refundMinor, reason, freeUntil };
}

/**
 * What a booking owes up front: a restaurant its deposit, a hotel its stay (or, per venue setting,
 * its first night), desks and seats their total.
 */
export function amountOwed({
  kind,
  totalMinor,
  depositMinor,
  settings,
  firstNight,
}: {
  kind: VenueKind;
  totalMinor: number;
  depositMinor: number;
  settings: Pick<VenueSettings, 'hotelCharge' | 'weekendNightlyMultiplier'>;
  /** Hotel: the room's nightly price and the stay's start, to price its first night. */
  firstNight?: { nightlyMinor: number; startsAt: Date; timeZone: string } | undefined;
}): number {
  if (kind === 'restaurant') return whole(depositMinor);
  if (kind === 'hotel' && settings.hotelCharge === 'firstNight' && firstNight) {
    const checkIn = instantToZoned(firstNight.startsAt, firstNight.timeZone).date;
    const night = priceStay({
      nightlyMinor: firstNight.nightlyMinor,
      checkIn,
      checkOut: addDays(checkIn, 1),
      weekendMultiplier: settings.weekendNightlyMultiplier,
    });
    return Math.min(whole(totalMinor), night.totalMinor);
  }
  return whole(totalMinor);
}

/** The tax included in `amountMinor` (prices include it): amount × p / (100 + p), rounded. */
export function includedTax(taxLine: TaxLine | null, amountMinor: number) {
  if (!taxLine || !(taxLine.percent > 0)) return null;
  return {
    label: taxLine.label,
    percent: taxLine.percent,
    amountMinor: whole((amountMinor * taxLine.percent) / (100 + taxLine.percent)),
  };
}
