import { trpc, useMe } from '@reserva/ui';
import { usePanelT } from '../../i18n/panel-i18n';
import type { BookingDetail } from '../use-booking-action';
import { useDeskError } from '../use-desk-error';
import { useMoneyRefresh } from './use-money-action';

interface RefundFailureProps {
  booking: BookingDetail;
  onRetried: (count: number) => void;
}

/** A refund the worker gave up on, in plain sight, with the way to queue it again. */
export function RefundFailure({ booking, onRetried }: RefundFailureProps) {
  const { t, pt } = usePanelT();
  const me = useMe();
  const deskError = useDeskError();
  const refresh = useMoneyRefresh();
  const retry = trpc.admin.events.retryRefunds.useMutation();
  const eventId = booking.eventId;
  const canRetry = eventId !== null && me.data?.role === 'admin';
  return (
    <div role="alert" className="form-alert refund-failure">
      <p>{pt('money.refundFailed')}</p>
      {canRetry ? (
        <button
          type="button"
          className="btn btn-secondary"
          disabled={retry.isPending}
          onClick={() =>
            retry.mutate(
              { eventId },
              {
                onSuccess: (result) => {
                  void refresh(booking.id);
                  onRetried(result.requeued);
                },
              },
            )
          }
        >
          {pt('money.retry')}
        </button>
      ) : (
        <p>{pt('money.retryAdminOnly')}</p>
      )}
      {retry.error ? <p>{deskError(retry.error).message ?? t('errors.generic')}</p> : null}
    </div>
  );
}
