import { errorCode, newIdempotencyKey, trpc } from '@reserva/ui';
import { useRef } from 'react';

/**
 * One idempotency key per attempt at a money-moving desk action: kept while the outcome is unknown
 * (no answer came back), so pressing again can never move the money twice; a fresh one once the
 * server has answered.
 */
export function useAttemptKey() {
  const key = useRef<string | null>(null);
  return {
    current: () => {
      key.current ??= newIdempotencyKey();
      return key.current;
    },
    settle: (error?: unknown) => {
      if (error === undefined || errorCode(error) !== 'NETWORK') key.current = null;
    },
  };
}

/** After money moved: the drawer's booking, its quote and timeline, the desk list and the stats refresh. */
export function useMoneyRefresh() {
  const utils = trpc.useUtils();
  return (bookingId: string) =>
    Promise.all([
      utils.payments.invalidate(),
      utils.bookings.get.invalidate({ id: bookingId }),
      utils.staff.bookings.list.invalidate(),
      utils.staff.stats.invalidate(),
    ]);
}
