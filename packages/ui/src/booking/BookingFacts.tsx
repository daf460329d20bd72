import type { ResourceKind, VenueKind } from '@reserva/domain';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../components/StatusBadge';
import { formatMoney } from '../format/money';
import type { BookingSummary } from './booking-types';
import { bookingWhen } from './booking-when';

// What to call the booked place before one is assigned (a restaurant may seat you later).
const DEFAULT_ITEM_KIND: Record<VenueKind, ResourceKind> = {
  restaurant: 'table',
  coworking: 'desk',
  hotel: 'room',
  cinema: 'seat',
  bus: 'seat',
};

/** What was booked, when and for how much: the facts a guest and the staff both check. */
export function BookingFacts({ booking }: { booking: BookingSummary }) {
  const { t } = useTranslation();
  const when = bookingWhen(booking);
  const kind = booking.venue.kind;
  const money = (minor: number) => formatMoney(minor, booking.currency);
  const items = booking.items.filter((item) => item.active || booking.status === 'CANCELLED');
  const area = items.find((item) => item.area)?.area ?? booking.requestedArea;
  const itemKind = items[0]?.kind ?? DEFAULT_ITEM_KIND[kind];
  const contact = [booking.contact.name, booking.contact.phone, booking.contact.email]
    .filter(Boolean)
    .join(' · ');
  return (
    <dl className="booking-facts">
      <dt>{t('booking.facts.status')}</dt>
      <dd>
        <StatusBadge status={booking.status} />
      </dd>
      <dt>{t('booking.facts.venue')}</dt>
      <dd>{booking.venue.name}</dd>
      {when.checkIn && when.checkOut ? (
        <>
          <dt>{t('booking.facts.checkIn')}</dt>
          <dd>{when.checkIn}</dd>
          <dt>{t('booking.facts.checkOut')}</dt>
          <dd>{when.checkOut}</dd>
        </>
      ) : (
        <>
          <dt>{t('booking.facts.when')}</dt>
          <dd>{when.range}</dd>
        </>
      )}
      {kind !== 'coworking' ? (
        <>
          <dt>{t('booking.facts.party')}</dt>
          <dd>{t('booking.people', { count: booking.partySize })}</dd>
        </>
      ) : null}
      {kind === 'restaurant' ? (
        <>
          <dt>{t('booking.facts.area')}</dt>
          <dd>{area ?? t('booking.facts.anyArea')}</dd>
        </>
      ) : null}
      {kind === 'hotel' && booking.requestedType ? (
        <>
          <dt>{t('booking.facts.roomType')}</dt>
          <dd>{booking.requestedType}</dd>
        </>
      ) : null}
      <dt>{t(`booking.facts.item.${itemKind}`)}</dt>
      <dd>
        {items.length > 0
          ? items
              .map((item) =>
                item.area && kind === 'coworking' ? `${item.label} (${item.area})` : item.label,
              )
              .join(', ')
          : t('booking.facts.assignedLater')}
      </dd>
      {booking.depositMinor > 0 ? (
        <>
          <dt>{t('booking.facts.deposit')}</dt>
          <dd>
            {money(booking.depositMinor)}
            {booking.isPeak ? ` · ${t('booking.peak')}` : ''}
          </dd>
        </>
      ) : null}
      {booking.totalMinor > 0 && booking.totalMinor !== booking.depositMinor ? (
        <>
          <dt>{t('booking.facts.total')}</dt>
          <dd>{money(booking.totalMinor)}</dd>
        </>
      ) : null}
      <dt>{t('booking.facts.payment')}</dt>
      <dd>
        <StatusBadge status={booking.paymentStatus} />
      </dd>
      {/* A guest who paid for seats by card may have left no contact. */}
      {contact ? (
        <>
          <dt>{t('booking.facts.contact')}</dt>
          <dd>{contact}</dd>
        </>
      ) : null}
      {booking.status === 'CANCELLED' && booking.cancelReason ? (
        <>
          <dt>{t('booking.facts.cancelReason')}</dt>
          <dd>
            {t(`booking.cancelReason.${booking.cancelReason}`)}
            {booking.cancelDescription ? ` — ${booking.cancelDescription}` : ''}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
