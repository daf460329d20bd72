import { type RouterOutputs, trpc } from '@reserva/ui';

export type RefundProgress = RouterOutputs['admin']['events']['refundProgress'];

/** Refunds run in the background worker: ask every 2 seconds until none is pending any more. */
export const REFUND_POLL_MS = 2000;

export function useRefundProgress(eventId: string) {
  const utils = trpc.useUtils();
  const progress = trpc.admin.events.refundProgress.useQuery(
    { eventId },
    {
      staleTime: 0,
      refetchInterval: (query) => {
        const data = query.state.data;
        return data && data.pending === 0 ? false : REFUND_POLL_MS;
      },
    },
  );
  const retry = trpc.admin.events.retryRefunds.useMutation({
    // Back to pending, so the polling above starts again by itself.
    onSuccess: () => utils.admin.events.refundProgress.invalidate({ eventId }),
  });
  return { progress, retry };
}
