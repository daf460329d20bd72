import { formatMoney, MoneyTotals, PaymentTimeline, trpc } from '@reserva/ui';
import { useId, useState } from 'react';
import { usePanelT } from '../../i18n/panel-i18n';
import type { BookingDetail } from '../use-booking-action';
import { CounterPaymentForm } from './CounterPaymentForm';
import { RefundFailure } from './RefundFailure';
import { RefundForm } from './RefundForm';

type Open = 'none' | 'record' | 'refund';

/**
 * The booking's money at the desk: what it owes and what was paid, a counter payment while money is
 * due, a refund by hand while some is left, a failed refund with its retry, and the timeline.
 */
export function BookingMoney({ booking }: { booking: BookingDetail }) {
  const { t, pt } = usePanelT();
  const headingId = useId();
  const ref = { bookingId: booking.id };
  const quote = trpc.payments.quote.useQuery(ref);
  const timeline = trpc.payments.timeline.useQuery(ref);
  const [open, setOpen] = useState<Open>('none');
  const [done, setDone] = useState('');
  if (!quote.data || !timeline.data) return null;
  const data = quote.data;
  const money = (minor: number) => formatMoney(minor, data.currency);
  // Refunds waiting or failed count as promised back already: only the rest can go back by hand.
  const refundable = Math.max(0, data.paidMinor - data.refundedMinor);
  const canRecord = data.dueMinor > 0 && data.payWith === 'payments.pay';
  const finish = (message: string) => {
    setOpen('none');
    setDone(message);
  };
  return (
    <section className="drawer-section booking-money" aria-labelledby={headingId}>
      <h3 id={headingId}>{pt('money.title')}</h3>
      <dl className="money-facts">
        <dt>{t('money.owed')}</dt>
        <dd>{money(data.owedMinor)}</dd>
        <dt>{t('money.paid')}</dt>
        <dd>{money(data.paidMinor)}</dd>
        {data.dueMinor > 0 ? (
          <>
            <dt>{t('money.due')}</dt>
            <dd>{money(data.dueMinor)}</dd>
          </>
        ) : null}
        {refundable > 0 ? (
          <>
            <dt>{pt('money.canRefund')}</dt>
            <dd>{money(refundable)}</dd>
          </>
        ) : null}
      </dl>
      {data.paymentStatus === 'REFUND_FAILED' ? (
        <RefundFailure booking={booking} onRetried={(count) => setDone(pt('money.retried', { count }))} />
      ) : null}
      <div className="row-actions">
        {canRecord && open !== 'record' ? (
          <button type="button" className="btn btn-primary" onClick={() => setOpen('record')}>
            {pt('money.record')}
          </button>
        ) : null}
        {refundable > 0 && open !== 'refund' ? (
          <button type="button" className="btn btn-secondary" onClick={() => setOpen('refund')}>
            {pt('money.refund')}
          </button>
        ) : null}
        {data.paidMinor > 0 ? (
          <a
            href={`/bookings/${booking.code}/receipt`}
            target="_blank"
            rel="noreferrer"
            className="btn btn-secondary"
          >
            {pt('money.receiptNew')}
          </a>
        ) : null}
      </div>
      <p role="status" className="status-line">
        {done}
      </p>
      {open === 'record' && canRecord ? (
        <CounterPaymentForm
          bookingId={booking.id}
          dueMinor={data.dueMinor}
          currency={data.currency}
          onBack={() => setOpen('none')}
          onDone={(amount) => finish(pt('money.recorded', { amount: money(amount) }))}
        />
      ) : null}
      {open === 'refund' && refundable > 0 ? (
        <RefundForm
          bookingId={booking.id}
          venueId={booking.venue.id}
          refundableMinor={refundable}
          currency={data.currency}
          onBack={() => setOpen('none')}
          onDone={(amount) => finish(pt('money.refundQueued', { amount: money(amount) }))}
        />
      ) : null}
      <PaymentTimeline timeline={timeline.data} timeZone={booking.venue.timeZone} />
      {timeline.data.entries.length > 0 ? <MoneyTotals timeline={timeline.data} /> : null}
    </section>
  );
}
