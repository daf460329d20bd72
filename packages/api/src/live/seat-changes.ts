import type { Database } from '@reserva/db';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { type ChangeFeed, changeFeedInsert, changeFeedInsertFrom } from './change-feed.js';

export const SEAT_STATUSES = ['available', 'held', 'booked', 'blocked'] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

/** One change to some seats of an event, as every viewer of its seat map receives it. */
export interface SeatChange {
  seatIds: string[];
  status: SeatStatus;
  /** The hold that caused it, so its owner's viewer can show "held by you". */
  holdId?: string | null;
}

const TOPIC_HEAD = 'event:';
const TOPIC_TAIL = ':seats';
export const seatTopic = (eventId: string) => `${TOPIC_HEAD}${eventId}${TOPIC_TAIL}`;

/** The seat change as a statement to run inside the write it announces (see `changeFeedInsert`). */
export const seatChangeInsert = (eventId: string, change: SeatChange): RawBuilder<unknown> =>
  changeFeedInsert(seatTopic(eventId), { ...change });

/**
 * `seatChangeInsert` for a statement that learns what it changed only as it runs: one change per
 * row of `source` (a part of that statement; none when it wrote nothing), whose `eventId`,
 * `seatIds` (uuid[]) and `holdId` are SQL over it.
 */
export const seatChangeInsertFrom = (
  source: RawBuilder<unknown>,
  change: { eventId: RawBuilder<string>; seatIds: RawBuilder<string[]>; holdId: RawBuilder<string> },
  status: SeatStatus,
): RawBuilder<unknown> =>
  changeFeedInsertFrom(sql`
    SELECT ${TOPIC_HEAD}::text || ${change.eventId} || ${TOPIC_TAIL}::text AS topic,
      jsonb_build_object('seatIds', to_jsonb(${change.seatIds}), 'status', ${status}::text,
        'holdId', ${change.holdId}) AS payload
    FROM ${source}`);

export const publishSeatChange = (
  feed: ChangeFeed,
  trx: Kysely<Database> | Transaction<Database>,
  eventId: string,
  change: SeatChange,
) => feed.publish(trx, seatTopic(eventId), { ...change });
