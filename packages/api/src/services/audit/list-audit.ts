import type { Db } from '@reserva/db';
import { listAuditEntries } from '../../repositories/audit.repository.js';

/** A page of the audit log, newest first, and the cursor of the next page (null on the last). */
export async function listAudit({
  db,
  input,
}: {
  db: Db;
  input: {
    cursor?: number | undefined;
    limit: number;
    actorId?: string | undefined;
    venueId?: string | undefined;
  };
}) {
  const rows = await listAuditEntries(db, {
    before: input.cursor,
    limit: input.limit + 1,
    actorId: input.actorId,
    venueId: input.venueId,
  });
  const items = rows.slice(0, input.limit);
  const nextCursor = rows.length > input.limit ? String(items.at(-1)!.id) : null;
  return { items: items.map((item) => ({ ...item, id: String(item.id) })), nextCursor };
}
