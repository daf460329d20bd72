import { trpc } from '@reserva/ui';
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
  const deskError = useDeskError();
  const refresh = useMoneyRefresh();
  const retry = trpc.staff.payments.retryRefund.useMutation();
  return (
    <div className="form-alert refund-failure">
      <p>{pt('money.refundFailed')}</p>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={retry.isPending}
        onClick={() =>
          retry.mutate(
            { bookingId: booking.id },
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
      {retry.error ? <p role="alert">{deskError(retry.error).message ?? t('errors.generic')}</p> : null}
    </div>
  );
}
