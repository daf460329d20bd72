import type { Db } from '@reserva/db';
import { DomainError } from '@reserva/domain';
import { findPublicEvent } from '../../repositories/public-events.repository.js';
import { eventDetail } from './event-view.js';

/** One showtime or trip, cancelled ones included (a shared link should say it was cancelled). */
export async function getEvent({
  db,
  input,
  now = new Date(),
}: {
  db: Db;
  input: { id: string };
  now?: Date;
}) {
  const row = await findPublicEvent(db, input.id, now);
  if (!row) throw new DomainError('NotFound', 'No event with this id', 'id');
  return eventDetail(row);
}
