import { illegalTransition, validationError } from './errors.js';

export const BOOKING_STATUSES = [
  'HELD',
  'PENDING',
  'CONFIRMED',
  'CHECKED_IN',
  'COMPLETED',
  'CANCELLED',
  'EXPIRED',
  'RELEASED',
  'NO_SHOW',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const PAYMENT_STATUSES = [
  'UNPAID',
  'PAID',
  'REFUND_PENDING',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
  'REFUND_FAILED',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const CANCEL_REASONS = [
  'CUSTOMER_REQUEST',
  'NO_SHOW',
  'VENUE_CLOSED',
  'VENUE_CANCELLED',
  'OTHER',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

const TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  HELD: ['CONFIRMED', 'EXPIRED', 'RELEASED', 'CANCELLED'],
  PENDING: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['CHECKED_IN', 'NO_SHOW', 'CANCELLED'],
  CHECKED_IN: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
  EXPIRED: [],
  RELEASED: [],
  NO_SHOW: [],
};

/** Statuses whose items occupy their resource: the exclusion constraint only counts these. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['HELD', 'PENDING', 'CONFIRMED', 'CHECKED_IN'];

export const isActiveStatus = (status: BookingStatus): boolean => ACTIVE_STATUSES.includes(status);
export const isFinalStatus = (status: BookingStatus): boolean => TRANSITIONS[status].length === 0;
export const canTransition = (from: BookingStatus, to: BookingStatus): boolean =>
  TRANSITIONS[from].includes(to);

/** The one gate every status change goes through; throws IllegalTransition otherwise. */
export function assertTransition(from: BookingStatus, to: BookingStatus): void {
  if (!canTransition(from, to)) throw illegalTransition(from, to);
}

export interface TransitionDetail {
  reason?: CancelReason;
  description?: string;
}

/**
 * A checked status change: the lifecycle first (IllegalTransition), then what the change needs — a
 * cancellation needs a reason code, and reason OTHER needs a description. Returns the from/to pair
 * for the history row.
 */
export function transition(
  booking: { status: BookingStatus },
  to: BookingStatus,
  detail: TransitionDetail = {},
): { from: BookingStatus; to: BookingStatus } {
  const from = booking.status;
  assertTransition(from, to);
  if (to === 'CANCELLED') {
    const { reason, description } = detail;
    if (reason === undefined || reason === null) {
      throw validationError('reasonCode', 'A cancellation needs a reason code');
    }
    if (!CANCEL_REASONS.includes(reason)) {
      throw validationError('reasonCode', `Reason code must be one of ${CANCEL_REASONS.join(', ')}`);
    }
    if (reason === 'OTHER' && !description?.trim()) {
      throw validationError('description', 'Describe the reason when the reason code is OTHER');
    }
  }
  return { from, to };
}
