import { formatVenueRange, Loading, Notice, QueryError, trpc } from '@reserva/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingStep } from '../shared/BookingStep';
import type { Venue } from '../shared/types';
import { useHoldSession } from './hold-session';
import { SeatChoice } from './SeatChoice';

interface SeatStepProps {
  number: number;
  venue: Venue;
  eventId: string;
  /** Seats to choose again (after a hold expired or was given back). */
  reselect: readonly string[];
}

/** The live seat map of one showtime or trip, and holding the chosen seats. */
export function SeatStep({ number, venue, eventId, reselect }: SeatStepProps) {
  const { t } = useTranslation();
  const event = trpc.events.get.useQuery({ id: eventId });
  const session = useHoldSession();

  let body: ReactNode;
  if (event.isPending) body = <Loading />;
  else if (event.isError) body = <QueryError error={event.error} onRetry={() => void event.refetch()} />;
  else if (event.data.status !== 'scheduled' || new Date(event.data.startsAt).getTime() <= Date.now()) {
    body = <Notice level={2} tone="warning" title={t('seatMap.eventClosed')} />;
  } else {
    const data = event.data;
    body = (
      <>
        <p className="seat-event">
          <strong>{data.title}</strong>{' '}
          <span>{formatVenueRange(data.startsAt, data.endsAt, data.venue.timeZone)}</span>{' '}
          <span>· {data.layout.name}</span>
        </p>
        <SeatChoice
          // A new event, or seats to choose again, starts a new choice.
          key={`${data.id}|${reselect.join()}`}
          event={data}
          venueSlug={venue.slug}
          ownHold={session?.eventId === data.id ? session : null}
          reselect={reselect}
        />
      </>
    );
  }
  return (
    <BookingStep number={number} title={t('seatMap.step')}>
      {body}
    </BookingStep>
  );
}
