import type { Db } from '@reserva/db';
import { validationError } from '@reserva/domain';
import { itemsOf, selectBookings } from '../repositories/bookings.repository.js';
import { bookingView } from './booking-view.service.js';

/** Keyset cursor over (start, id), newest first: stable while bookings are added. */
const encodeCursor = (start: Date, id: string) =>
  Buffer.from(`${start.toISOString()}|${id}`).toString('base64url');

function decodeCursor(cursor: string) {
  const [start, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(start ?? '');
  if (!id || Number.isNaN(date.getTime()))
    throw validationError('cursor', 'This cursor is not one we gave out');
  return { start: date, id };
}

export async function listMyBookings({
  db,
  userId,
  input,
}: {
  db: Db;
  userId: string;
  input: { cursor?: string | undefined; limit: number };
}) {
  let query = selectBookings(db).where('bookings.user_id', '=', userId);
  if (input.cursor) {
    const after = decodeCursor(input.cursor);
    query = query.where((eb) =>
      eb.or([
        eb('bookings.starts_at', '<', after.start),
        eb.and([eb('bookings.starts_at', '=', after.start), eb('bookings.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('bookings.starts_at', 'desc')
    .orderBy('bookings.id', 'desc')
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const items = await itemsOf(
    db,
    page.map((row) => row.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => bookingView(row, items)),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.start, last.id) : null,
  };
}
