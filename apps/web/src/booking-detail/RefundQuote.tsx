import { formatMoney, formatVenueDateTime, trpc } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

/** "You will get back Rp X": what cancelling now refunds and keeps, asked when the dialog opens. */
export function RefundQuote({ bookingId, timeZone }: { bookingId: string; timeZone: string }) {
  const { t } = useTranslation();
  // Always fresh: the free window may have closed since the page loaded.
  const quote = trpc.bookings.cancelQuote.useQuery({ id: bookingId }, { staleTime: 0, gcTime: 0 });
  if (!quote.data) {
    return <p className="field-hint">{quote.isError ? null : t('money.cancelQuote.loading')}</p>;
  }
  const { refundMinor, feeMinor, currency, reason, freeUntil } = quote.data;
  const when = formatVenueDateTime(freeUntil, timeZone);
  return (
    <div className="money-refund-quote" data-testid="refund-quote">
      {reason !== 'NOT_PAID' ? (
        <p>
          <strong>{t('money.cancelQuote.refund', { amount: formatMoney(refundMinor, currency) })}</strong>
        </p>
      ) : null}
      {feeMinor > 0 ? <p>{t('money.cancelQuote.fee', { amount: formatMoney(feeMinor, currency) })}</p> : null}
      <p className="field-hint">{t(`money.cancelQuote.reason.${reason}`, { when })}</p>
    </div>
  );
}
