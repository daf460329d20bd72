import type { Db } from '@reserva/db';
import { notFound } from '@reserva/domain';
import { findEventStatus } from '../repositories/events.repository.js';

export async function assertEventExists({ db, eventId }: { db: Db; eventId: string }): Promise<void> {
  if (!(await findEventStatus(db, eventId))) throw notFound('Event');
}
