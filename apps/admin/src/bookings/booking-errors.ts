import { BOOKING_STATUSES, type BookingStatus } from '@reserva/domain';

const ILLEGAL = /^A booking that is ([A-Z_]+) cannot become ([A-Z_]+)$/;
const isStatus = (value: string | undefined): value is BookingStatus =>
  BOOKING_STATUSES.includes(value as BookingStatus);

/**
 * The statuses of the domain's IllegalTransition message, so the desk can say it in the reader's
 * language; null for any other message (then the server's words are shown as they are).
 */
export function illegalTransitionIn(message: string): { from: BookingStatus; to: BookingStatus } | null {
  const [, from, to] = ILLEGAL.exec(message) ?? [];
  return isStatus(from) && isStatus(to) ? { from, to } : null;
}

/** The no-show guard's refusal (staff-actions.service: markNoShow). */
export const isNotStartedRefusal = (message: string): boolean => /has not started yet/.test(message);
