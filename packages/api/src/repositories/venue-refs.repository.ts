import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';

/** Each kind of row a staff or admin call can name, and how to find the venue it belongs to. */
export type VenueRefKind =
  | 'venue'
  | 'booking'
  | 'bookingCode'
  | 'claimCode'
  | 'event'
  | 'resource'
  | 'layout';

export interface VenueRef {
  kind: VenueRefKind;
  value: string;
}

const LOOKUP: Record<VenueRefKind, readonly [table: string, column: string, venue: string]> = {
  venue: ['venues', 'id', 'id'],
  booking: ['bookings', 'id', 'venue_id'],
  bookingCode: ['bookings', 'code', 'venue_id'],
  claimCode: ['bookings', 'claim_code', 'venue_id'],
  event: ['events', 'id', 'venue_id'],
  resource: ['resources', 'id', 'venue_id'],
  layout: ['layouts', 'id', 'venue_id'],
};

/** The venue of one named row; undefined when there is no such row (the procedure says NOT_FOUND). */
export async function venueOfRef(db: Executor, ref: VenueRef): Promise<string | undefined> {
  const [table, column, venue] = LOOKUP[ref.kind];
  const { rows } = await sql<{ venueId: string }>`
    SELECT ${sql.ref(venue)} AS "venueId" FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${ref.value}
  `.execute(db);
  return rows[0]?.venueId;
}
