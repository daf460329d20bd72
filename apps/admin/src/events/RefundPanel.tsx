import { formatMoney, Loading, QueryError, useApiError } from '@reserva/ui';
import { useId } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import type { CancelResult } from './CancelEventDialog';
import type { AdminEvent } from './event-form-values';
import { RefundBar } from './RefundBar';
import { RefundFailures } from './RefundFailures';
import { useRefundProgress } from './use-refund-progress';

interface RefundPanelProps {
  event: AdminEvent;
  /** What the cancellation just did, when it happened on this screen. */
  result: CancelResult | null;
  currency: string;
  onClose: () => void;
}

/** A cancelled event's refunds as the worker makes them: counts, a bar, what failed and a retry. */
export function RefundPanel({ event, result, currency, onClose }: RefundPanelProps) {
  const { pt } = usePanelT();
  const apiError = useApiError();
  const headingId = useId();
  const { progress, retry } = useRefundProgress(event.id);
  const data = progress.data;

  return (
    <section className="card refund-panel" aria-labelledby={headingId}>
      <div className="page-head">
        <h2 id={headingId}>{pt('refunds.title', { title: event.title })}</h2>
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {pt('refunds.close')}
        </button>
      </div>
      {result ? (
        <p>
          {pt('refunds.cancelled', {
            bookings: result.cancelledBookings,
            holds: result.releasedHolds,
            seats: result.seatsFreed,
            refunds: result.refundsQueued,
          })}
        </p>
      ) : null}
      {progress.isPending ? (
        <Loading />
      ) : progress.isError ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : data && data.total === 0 ? (
        <p role="status">{pt('refunds.none')}</p>
      ) : data ? (
        <>
          <p role="status" className="refund-summary">
            {data.pending > 0
              ? pt('refunds.running', { refunded: data.refunded, total: data.total })
              : data.failed > 0
                ? pt('refunds.doneWithFailures', {
                    refunded: data.refunded,
                    total: data.total,
                    failed: data.failed,
                  })
                : pt('refunds.allDone', { total: data.total })}
          </p>
          <RefundBar progress={data} />
          <dl className="refund-counts">
            <div>
              <dt>{pt('refunds.refunded')}</dt>
              <dd>
                {data.refunded} · {formatMoney(data.refundedMinor, currency)}
              </dd>
            </div>
            <div>
              <dt>{pt('refunds.pending')}</dt>
              <dd>{data.pending}</dd>
            </div>
            <div>
              <dt>{pt('refunds.failed')}</dt>
              <dd>{data.failed}</dd>
            </div>
          </dl>
          {data.failed > 0 ? (
            <>
              <RefundFailures failures={data.failures} currency={currency} />
              <button
                type="button"
                className="btn btn-primary"
                disabled={retry.isPending}
                onClick={() => retry.mutate({ eventId: event.id })}
              >
                {pt('refunds.retry', { count: data.failed })}
              </button>
            </>
          ) : null}
          {retry.data ? (
            <p className="status-line">{pt('refunds.requeued', { count: retry.data.requeued })}</p>
          ) : null}
          {retry.error ? (
            <p role="alert" className="field-error">
              {apiError(retry.error).message}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
