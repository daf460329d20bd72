import { formatMoney, formatVenueDateTime, type RouterOutputs, StatusBadge, whatsappUrl } from '@reserva/ui';
import { TimeLeft } from '../components/TimeLeft';
import { usePanelT } from '../i18n/panel-i18n';

export type ClaimedHoldView = RouterOutputs['staff']['payments']['lookup'];

/** `3A, 3B (Premium)`: labels, each class named once after its seats. */
export function seatsLine(seats: ClaimedHoldView['seats']): string {
  const byClass = new Map<string, string[]>();
  for (const seat of seats) {
    const key = seat.seatClass ?? '';
    byClass.set(key, [...(byClass.get(key) ?? []), seat.label]);
  }
  return [...byClass]
    .map(([seatClass, labels]) => (seatClass ? `${labels.join(', ')} (${seatClass})` : labels.join(', ')))
    .join('; ');
}

/** What staff check before taking the money: the trip or showing, the seats, who, how much, how long. */
export function HoldFacts({ hold, live }: { hold: ClaimedHoldView; live: boolean }) {
  const { pt } = usePanelT();
  const { event, contact } = hold;
  const wa = whatsappUrl(contact?.whatsapp);
  return (
    <dl className="facts">
      <dt>{pt('payments.event')}</dt>
      <dd>
        <strong>{event.title}</strong>
        {event.busType ? ` · ${pt(`events.busTypes.${event.busType}`)}` : null}
        <br />
        {event.venue.name} · {formatVenueDateTime(event.startsAt, event.venue.timeZone)}
      </dd>
      <dt>{pt('payments.seats', { count: hold.seats.length })}</dt>
      <dd>{seatsLine(hold.seats)}</dd>
      <dt>{pt('payments.contact')}</dt>
      <dd>
        {contact?.name ?? '—'}
        {wa ? (
          <>
            {' · '}
            <a href={wa} target="_blank" rel="noreferrer">
              {pt('payments.whatsapp', { phone: contact?.whatsapp })}
            </a>
          </>
        ) : null}
        {contact?.email ? ` · ${contact.email}` : null}
      </dd>
      <dt>{pt('payments.total')}</dt>
      <dd className="facts-total">{formatMoney(hold.totalMinor, hold.currency)}</dd>
      <dt>{pt('payments.status')}</dt>
      <dd>
        <StatusBadge status={hold.status} /> <StatusBadge status={hold.paymentStatus} />
      </dd>
      {live ? (
        <>
          <dt>{pt('payments.timeLeft')}</dt>
          <dd>
            <TimeLeft until={hold.expiresAt} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
