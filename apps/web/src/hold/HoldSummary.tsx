import { formatMoney, formatVenueRange, type RouterOutputs } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { SummaryList } from '../booking/shared/SummaryList';

export type HoldData = RouterOutputs['holds']['get'];

/** What is held: the film or trip, when (venue time), which seats, and the total. */
export function HoldSummary({ hold }: { hold: HoldData }) {
  const { t } = useTranslation();
  const { event } = hold;
  const trip = event.kind === 'trip';
  const seats = hold.seats
    .map((seat) => (seat.seatClass ? `${seat.label} (${seat.seatClass})` : seat.label))
    .join(', ');
  return (
    <SummaryList
      rows={[
        { label: t(trip ? 'hold.trip' : 'hold.film'), value: event.title },
        { label: t('booking.facts.venue'), value: event.venue.name },
        {
          label: t('booking.facts.when'),
          value: formatVenueRange(event.startsAt, event.endsAt, event.venue.timeZone),
        },
        ...(trip && event.busType
          ? [{ label: t('hold.busType'), value: t(`bus.type.${event.busType}`) }]
          : []),
        { label: t('booking.facts.item.seat'), value: seats },
        { label: t('booking.facts.total'), value: formatMoney(hold.totalMinor, hold.currency) },
      ]}
    />
  );
}
