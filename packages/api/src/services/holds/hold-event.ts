import type { Db } from '@reserva/db';
import { DomainError, venueSettings } from '@reserva/domain';
import { findEventForHold } from '../../repositories/public-events.repository.js';
import { rememberedRows } from '../remembered-rows.js';

/** The event, venue or layout changed since it was read: read it again and judge anew. */
export class EventChangedError extends Error {
  constructor() {
    super('the event, its venue or its layout changed since this process read them');
  }
}

async function loadHoldEvent(db: Db, eventId: string) {
  const row = await findEventForHold(db, eventId);
  if (!row?.venueActive) throw new DomainError('NotFound', 'No event with this id', 'eventId');
  const { settings, seats, eventVersion, venueVersion, layoutVersion, ...event } = row;
  return {
    ...event,
    settings: venueSettings(settings),
    versions: { event: eventVersion, venue: venueVersion, layout: layoutVersion },
    /** Every seat of the layout by id; `order` is its place in the seat map. */
    seats: new Map(seats.map((seat, order) => [seat.id, { ...seat, order }])),
  };
}

export type HoldEvent = Awaited<ReturnType<typeof loadHoldEvent>>;

/**
 * A hall's seats are a few hundred rows; a hundred events stay a few megabytes even with large
 * halls, and the events on sale at once are fewer.
 */
const events = rememberedRows(100, loadHoldEvent);

/**
 * The event with its venue, layout and seats as last read by this process, read now if it never
 * was. Nothing is held on a stale copy: the hold statement checks all three rows' versions (see
 * `insertHold`), and the caller reads the event again when they changed.
 */
export async function rememberedHoldEvent(db: Db, eventId: string) {
  const { row, fresh } = await events.remembered(db, eventId);
  return { event: row, fresh };
}

export const rereadHoldEvent = events.reread;
