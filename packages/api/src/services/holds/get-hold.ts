import type { Db } from '@reserva/db';
import { findHoldView } from '../../repositories/holds.repository.js';
import { holdGone, holdTokenOf, holdView, isLiveHold, isPaid } from './hold-view.js';

/**
 * The caller's hold, by the token it sent or its hold cookie: while it is held, and once it is
 * paid (staff confirmed an offline payment), so a waiting page can turn into the ticket.
 */
export async function getHold({
  db,
  input,
  cookieToken,
  now = new Date(),
}: {
  db: Db;
  input: { holdToken?: string | undefined };
  cookieToken: string | undefined;
  now?: Date;
}) {
  const { tokenHash } = holdTokenOf(input, cookieToken);
  const row = await findHoldView(db, { tokenHash });
  if (!row || !(isLiveHold(row, now) || isPaid(row))) throw holdGone();
  return holdView(row);
}
