import type { Database } from '@reserva/db';
import type { Kysely, RawBuilder, Transaction } from 'kysely';
import { type ChangeFeed, changeFeedInsert } from './change-feed.js';

export const SEAT_STATUSES = ['available', 'held', 'booked', 'blocked'] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

/** One change to some seats of an event, as every viewer of its seat map receives it. */
export interface SeatChange {
  seatIds: string[];
  status: SeatStatus;
  /** The hold that caused it, so its owner's viewer can show "held by you". */
  holdId?: string | null;
}

export const seatTopic = (eventId: string) => `event:${eventId}:seats`;

/** The seat change as a statement to run inside the write it announces (see `changeFeedInsert`). */
export const seatChangeInsert = (eventId: string, change: SeatChange): RawBuilder<unknown> =>
  changeFeedInsert(seatTopic(eventId), { ...change });

export const publishSeatChange = (
  feed: ChangeFeed,
  trx: Kysely<Database> | Transaction<Database>,
  eventId: string,
  change: SeatChange,
) => feed.publish(trx, seatTopic(eventId), { ...change });
