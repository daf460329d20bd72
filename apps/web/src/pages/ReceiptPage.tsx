import { normalizeBookingCode } from '@reserva/domain';
import {
  formatMoney,
  formatVenueDateTime,
  formatVenueRange,
  Loading,
  MoneyTotals,
  PaymentTimeline,
  QrCode,
  QueryError,
  StatusBadge,
  trpc,
  useDocumentTitle,
  useMe,
} from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { bookingLookup, manageTokenOf } from '../booking-detail/manage-tokens';
import '../styles/receipt.css';

/**
 * `/bookings/:code/receipt`: a printable receipt — the venue, the booking code and its QR code,
 * what was booked, the amounts with the included tax, and every payment and refund.
 * Loaded on demand (the router's `lazy`), so the first page load does not carry it.
 */
export function ReceiptPage() {
  const { t } = useTranslation();
  const params = useParams();
  const code = normalizeBookingCode(params.code ?? '') ?? params.code ?? '';
  useDocumentTitle(t('money.receiptPage.title', { code }));
  const me = useMe();
  // An owner asks by id once the booking is known; a guest by the code with its manage token.
  const booking = trpc.bookings.get.useQuery(bookingLookup(code), { enabled: !me.isPending });
  const moneyRef =
    me.data && booking.data
      ? { bookingId: booking.data.id }
      : { code, manageToken: booking.data?.manageToken ?? manageTokenOf(code) };
  const ready = booking.isSuccess;
  const quote = trpc.payments.quote.useQuery(moneyRef, { enabled: ready });
  const timeline = trpc.payments.timeline.useQuery(moneyRef, { enabled: ready });
  const venue = trpc.venues.get.useQuery({ id: booking.data?.venue.id ?? '' }, { enabled: ready });

  const failed = [booking, quote, timeline].find((query) => query.isError);
  if (failed?.error) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!booking.data || !quote.data || !timeline.data) return <Loading />;
  const detail = booking.data;
  const zone = detail.venue.timeZone;
  const money = (minor: number) => formatMoney(minor, quote.data.currency);
  const items = detail.items.filter((item) => item.active || detail.status === 'CANCELLED');
  return (
    <article className="receipt">
      <nav className="receipt-actions" aria-label={t('money.receipt')}>
        <Link to={`/bookings/${detail.code}`} className="back-link">
          <span aria-hidden="true">← </span>
          {t('money.receiptPage.back')}
        </Link>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('money.receiptPage.print')}
        </button>
      </nav>
      <header className="receipt-head">
        <div>
          <h1>{t('money.receiptPage.title', { code: detail.code })}</h1>
          <p className="receipt-venue">{detail.venue.name}</p>
          {venue.data ? <p>{[venue.data.address, venue.data.city].filter(Boolean).join(', ')}</p> : null}
          <p className="muted">
            {t('money.receiptPage.issued', { when: formatVenueDateTime(new Date(), zone) })}
          </p>
        </div>
        <figure className="receipt-qr">
          <QrCode value={detail.code} label={t('money.receiptPage.qr', { code: detail.code })} size={128} />
          <figcaption>
            {t('money.receiptPage.code')}: <strong>{detail.code}</strong>
          </figcaption>
        </figure>
      </header>
      <dl className="money-facts">
        <dt>{t('booking.facts.status')}</dt>
        <dd>
          <StatusBadge status={detail.status} />
        </dd>
        <dt>{t('booking.facts.payment')}</dt>
        <dd>
          <StatusBadge status={timeline.data.paymentStatus} />
        </dd>
        {detail.contact.name ? (
          <>
            <dt>{t('booking.facts.contact')}</dt>
            <dd>{detail.contact.name}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="receipt-items">
        <h2 id="receipt-items">{t('money.receiptPage.items')}</h2>
        <table className="receipt-table">
          <thead>
            <tr>
              <th scope="col">{t('money.receiptPage.item')}</th>
              <th scope="col">{t('money.receiptPage.when')}</th>
              <th scope="col" className="receipt-amount">
                {t('money.receiptPage.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.resourceId}-${item.start}`}>
                <td>{item.label}</td>
                <td>{formatVenueRange(item.start, item.end, zone)}</td>
                <td className="receipt-amount">{item.priceMinor > 0 ? money(item.priceMinor) : '—'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {detail.depositMinor > 0 ? t('booking.facts.deposit') : t('money.receiptPage.total')}
              </th>
              <td className="receipt-amount">{money(quote.data.owedMinor)}</td>
            </tr>
            {quote.data.tax ? (
              <tr>
                <th scope="row" colSpan={2}>
                  {t('money.tax', { label: quote.data.tax.label, percent: quote.data.tax.percent })}
                </th>
                <td className="receipt-amount">{money(quote.data.tax.amountMinor)}</td>
              </tr>
            ) : null}
          </tfoot>
        </table>
      </section>
      <section aria-labelledby="receipt-payments">
        <h2 id="receipt-payments">{t('money.receiptPage.payments')}</h2>
        <PaymentTimeline timeline={timeline.data} timeZone={zone} />
        <MoneyTotals timeline={timeline.data} />
      </section>
    </article>
  );
}
