import type { Db } from '@reserva/db';
import type { EventKind } from '@reserva/domain';
import { listScheduledEvents } from '../../repositories/public-events.repository.js';
import { eventSummary } from './event-view.js';

export interface ListEventsInput {
  venueId?: string | undefined;
  kind?: EventKind | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  origin?: string | undefined;
  destination?: string | undefined;
  limit?: number | undefined;
}

/** Scheduled showtimes and trips from `from` (default now), soonest first. */
export async function listEvents({
  db,
  input,
  now = new Date(),
}: {
  db: Db;
  input: ListEventsInput;
  now?: Date;
}) {
  const rows = await listScheduledEvents(
    db,
    {
      venueId: input.venueId,
      kind: input.kind,
      from: input.from ?? now,
      to: input.to,
      origin: input.origin,
      destination: input.destination,
      limit: input.limit ?? 100,
    },
    now,
  );
  return rows.map(eventSummary);
}
