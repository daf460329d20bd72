import { type Db, transact } from '@reserva/db';
import {
  type BusType,
  conflict,
  type EventKind,
  LAYOUT_KIND_OF_VENUE,
  notFound,
  type VenueKind,
  validationError,
} from '@reserva/domain';
import type { Actor } from '../context.js';
import {
  countActiveBookingsOfEvent,
  countOpenSeatsOfLayout,
  type EventFields,
  type EventListFilter,
  findEventRow,
  insertEventRow,
  listEventsForAdmin,
  lockEvent,
  updateEventRow,
} from '../repositories/admin-events.repository.js';
import { findVenueKind } from '../repositories/admin-venues.repository.js';
import type { Executor } from '../repositories/bookings.repository.js';
import { findLayout } from '../repositories/layouts.repository.js';

/** Which venues schedule which events. */
const EVENT_KIND_OF_VENUE: Partial<Record<VenueKind, EventKind>> = { cinema: 'showtime', bus: 'trip' };

/** Longer than any film or bus ride (Jakarta–Medan is about two days): a typo, not an event. */
const MAX_EVENT_DAYS = 7;

interface Times {
  startsAt: Date;
  endsAt: Date;
  priceMinor: number;
}

export type CreateEventInput = { venueId: string; layoutId: string } & Times &
  (
    | { kind: 'showtime'; title: string }
    | {
        kind: 'trip';
        title?: string | undefined;
        origin: string;
        destination: string;
        busType: BusType;
        operatorWhatsapp: string;
      }
  );

export interface UpdateEventInput {
  id: string;
  title?: string | undefined;
  startsAt?: Date | undefined;
  endsAt?: Date | undefined;
  priceMinor?: number | undefined;
  origin?: string | undefined;
  destination?: string | undefined;
  busType?: BusType | undefined;
  operatorWhatsapp?: string | undefined;
}

interface Deps<I> {
  db: Db;
  actor: Actor;
  input: I;
  now?: Date;
}

export async function loadEvent(db: Executor, id: string) {
  const event = await findEventRow(db, id);
  if (!event) throw notFound('Event');
  return event;
}

function checkTimes({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }, now: Date) {
  if (startsAt.getTime() <= now.getTime())
    throw validationError('startsAt', 'Schedule the event in the future');
  if (endsAt.getTime() <= startsAt.getTime())
    throw validationError('endsAt', 'The end must be after the start');
  if (endsAt.getTime() - startsAt.getTime() > MAX_EVENT_DAYS * 86_400_000) {
    throw validationError('endsAt', `An event lasts at most ${MAX_EVENT_DAYS} days`);
  }
}

function checkRoute(origin: string, destination: string) {
  if (origin.trim().toLowerCase() === destination.trim().toLowerCase()) {
    throw validationError('destination', 'The destination must differ from the origin');
  }
}

const isOverlap = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === '23P01' &&
  (error as { constraint?: unknown }).constraint === 'events_no_overlap';

/** The database decides overlaps (events_no_overlap); its refusal names the start time. */
async function refusingOverlap<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isOverlap(error)) {
      throw conflict('Another event is already scheduled on this layout at that time', 'startsAt');
    }
    throw error;
  }
}

export async function createEvent({ db, input, now = new Date() }: Deps<CreateEventInput>) {
  const venue = await findVenueKind(db, input.venueId);
  if (!venue) throw notFound('Venue');
  const expected = EVENT_KIND_OF_VENUE[venue.kind];
  if (!expected) throw validationError('venueId', `A ${venue.kind} venue has no scheduled events`);
  if (input.kind !== expected) {
    throw validationError('kind', `A ${venue.kind} venue schedules ${expected}s, not ${input.kind}s`);
  }
  const layout = await findLayout(db, input.layoutId);
  if (!layout || layout.venueId !== venue.id) {
    throw validationError('layoutId', 'Choose a layout of this venue');
  }
  if (layout.kind !== LAYOUT_KIND_OF_VENUE[venue.kind]) {
    throw validationError('layoutId', `A ${input.kind} needs a ${LAYOUT_KIND_OF_VENUE[venue.kind]} layout`);
  }
  if ((await countOpenSeatsOfLayout(db, layout.id)) === 0) {
    throw validationError('layoutId', 'This layout has no seats that can be sold');
  }
  checkTimes(input, now);
  const fields: EventFields & { title: string } =
    input.kind === 'trip'
      ? {
          title: input.title || `${input.origin} → ${input.destination}`,
          origin: input.origin,
          destination: input.destination,
          busType: input.busType,
          operatorWhatsapp: input.operatorWhatsapp,
        }
      : { title: input.title };
  if (input.kind === 'trip') checkRoute(input.origin, input.destination);

  const { id } = await refusingOverlap(() =>
    insertEventRow(db, {
      ...fields,
      venueId: venue.id,
      layoutId: layout.id,
      kind: input.kind,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      priceMinor: input.priceMinor,
    }),
  );
  return loadEvent(db, id);
}

const TRIP_FIELDS = ['origin', 'destination', 'busType', 'operatorWhatsapp'] as const;

/**
 * Title, price and trip details can always change. Moving an event (start or end) is refused
 * once it has active bookings or holds: their tickets name the old time.
 */
export async function updateEvent({ db, input, now = new Date() }: Deps<UpdateEventInput>) {
  return refusingOverlap(() =>
    transact(db, async (trx) => {
      const event = await lockEvent(trx, input.id);
      if (!event) throw notFound('Event');
      if (event.status === 'cancelled') throw conflict('This event is cancelled; it cannot change');
      if (event.kind !== 'trip') {
        for (const field of TRIP_FIELDS) {
          if (input[field] !== undefined) throw validationError(field, 'Only trips have this detail');
        }
      }
      const startsAt = input.startsAt ?? event.startsAt;
      const endsAt = input.endsAt ?? event.endsAt;
      const moves =
        startsAt.getTime() !== event.startsAt.getTime() || endsAt.getTime() !== event.endsAt.getTime();
      if (moves) {
        checkTimes({ startsAt, endsAt }, now);
        if ((await countActiveBookingsOfEvent(trx, event.id)) > 0) {
          throw conflict(
            'This event has bookings or holds; it cannot move. Cancel it and schedule a new one',
            'startsAt',
          );
        }
      }
      if (input.origin !== undefined || input.destination !== undefined) {
        checkRoute(input.origin ?? event.origin ?? '', input.destination ?? event.destination ?? '');
      }
      await updateEventRow(trx, event.id, {
        title: input.title,
        priceMinor: input.priceMinor,
        origin: input.origin,
        destination: input.destination,
        busType: input.busType,
        operatorWhatsapp: input.operatorWhatsapp,
        ...(moves ? { startsAt, endsAt } : {}),
      });
      return loadEvent(trx, event.id);
    }),
  );
}

export async function listEvents({ db, actor, input }: Deps<EventListFilter>) {
  const { items, total } = await listEventsForAdmin(db, { ...input, venueIds: actor.venueIds });
  return {
    items: items.map((item) => ({ ...item, activeBookingCount: item.activeBookingCount ?? 0 })),
    total,
  };
}
