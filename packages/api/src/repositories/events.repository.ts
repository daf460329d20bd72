import type { Db } from '@reserva/db';

export const findEventStatus = (db: Db, id: string) =>
  db.selectFrom('events').select(['id', 'status']).where('id', '=', id).executeTakeFirst();
