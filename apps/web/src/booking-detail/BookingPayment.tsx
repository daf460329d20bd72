import {
  type BookingDetail,
  CancellationPolicy,
  formatMoney,
  formatVenueDateTime,
  type PaymentQuote,
  trpc,
  useForm,
} from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardForm, cardFieldErrors, EMPTY_CARD } from '../hold/CardForm';
import type { CardField } from '../hold/card-input';
import { usePayBooking } from './use-pay-booking';

interface BookingPaymentProps {
  booking: BookingDetail;
  /** The owner asks by id; a guest by the code they were given. */
  moneyRef: { bookingId: string } | { code: string; manageToken?: string | undefined };
}

/** What the booking owes and by when, what was paid, the policy, and the card form while money is due. */
export function BookingPayment({ booking, moneyRef }: BookingPaymentProps) {
  const { t } = useTranslation();
  const quote = trpc.payments.quote.useQuery(moneyRef);
  const [paidNow, setPaidNow] = useState('');
  if (!quote.data || quote.data.owedMinor === 0) return null;
  const data = quote.data;
  const money = (minor: number) => formatMoney(minor, data.currency);
  const zone = booking.venue.timeZone;
  return (
    <section className="card booking-payment" aria-labelledby="booking-payment-title">
      <h2 id="booking-payment-title">{t('money.title')}</h2>
      <dl className="money-facts">
        <dt>{t('money.owed')}</dt>
        <dd>{money(data.owedMinor)}</dd>
        {data.tax ? (
          <>
            <dt>{t('money.tax', { label: data.tax.label, percent: data.tax.percent })}</dt>
            <dd>{money(data.tax.amountMinor)}</dd>
          </>
        ) : null}
        <dt>{t('money.paid')}</dt>
        <dd>{money(data.paidMinor)}</dd>
        {data.refundedMinor > 0 ? (
          <>
            <dt>{t('money.refunded')}</dt>
            <dd>{money(data.refundedMinor)}</dd>
          </>
        ) : null}
        {data.dueMinor > 0 ? (
          <>
            <dt>{t('money.due')}</dt>
            <dd>
              <strong>{money(data.dueMinor)}</strong>
            </dd>
            <dt>{t('money.dueBy')}</dt>
            <dd>{formatVenueDateTime(data.dueBy, zone)}</dd>
          </>
        ) : null}
      </dl>
      <p role="status" className="money-status">
        {paidNow}
      </p>
      {data.paymentStatus === 'REFUND_FAILED' ? (
        <p className="form-alert">{t('money.refundFailed')}</p>
      ) : null}
      {data.dueMinor > 0 && data.payWith === 'payments.pay' ? (
        <PayForm
          quote={data}
          moneyRef={moneyRef}
          zone={zone}
          onPaid={() => setPaidNow(t('money.paidNow', { amount: money(data.dueMinor) }))}
        />
      ) : null}
      {data.dueMinor > 0 && data.payWith === 'holds.checkout' ? (
        <p className="field-hint">{t('money.payAtHold')}</p>
      ) : null}
      {data.dueMinor === 0 && data.paidMinor > 0 && data.paymentStatus === 'PAID' ? (
        <p>{t('money.paidInFull')}</p>
      ) : null}
      <CancellationPolicy
        policy={data.policy}
        currency={data.currency}
        freeUntil={{ at: data.policy.freeUntil, timeZone: zone }}
      />
      {data.paidMinor > 0 ? (
        <p>
          <Link to={`/bookings/${booking.code}/receipt`} className="btn btn-secondary">
            {t('money.receipt')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

interface PayFormProps {
  quote: PaymentQuote;
  moneyRef: BookingPaymentProps['moneyRef'];
  zone: string;
  onPaid: () => void;
}

function PayForm({ quote, moneyRef, zone, onPaid }: PayFormProps) {
  const { t } = useTranslation();
  const form = useForm<CardField>(EMPTY_CARD);
  const amount = formatMoney(quote.dueMinor, quote.currency);
  const payment = usePayBooking({
    ref: moneyRef,
    onPaid,
    onFail: (fields, message) => form.fail({ code: 'PAYMENT', fields: cardFieldErrors(fields), message }),
  });
  return (
    <div className="booking-pay">
      <h3>{t('money.payTitle')}</h3>
      <p>{t('money.payIntro', { amount, when: formatVenueDateTime(quote.dueBy, zone) })}</p>
      <CardForm
        form={form}
        busy={payment.isPending}
        payLabel={t('payment.pay', { total: amount })}
        onPay={payment.pay}
      />
    </div>
  );
}
