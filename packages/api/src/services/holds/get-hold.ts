import type { Db } from '@reserva/db';
import { holdTokenOf, loadLiveHold } from './hold-view.js';

/** The caller's hold, by the token it sent or its hold cookie. */
export function getHold({
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
  return loadLiveHold(db, { tokenHash }, now);
}
