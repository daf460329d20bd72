import { hashToken } from '@reserva/auth';
import type { Db } from '@reserva/db';
import { DomainError, seatPriceMinor, venueSettings } from '@reserva/domain';
import { seatTopic } from '../../live/seat-changes.js';
import { findSeatMap, type SeatMapSeatRow } from '../../repositories/seats.repository.js';
import { classPricesFor } from './event-view.js';

export const SEAT_MAP_STATUSES = ['available', 'held', 'heldByYou', 'booked', 'blocked'] as const;
export type SeatMapStatus = (typeof SEAT_MAP_STATUSES)[number];

/** What a viewer sees of one seat; a lapsed hold is already free, sweeper or not. */
export function seatStatus(seat: SeatMapSeatRow): SeatMapStatus {
  if (seat.resourceStatus !== 'available') return 'blocked';
  if (seat.holder === null || seat.holderLapsed) return 'available';
  if (seat.holder === 'HELD') return seat.holderIsCaller ? 'heldByYou' : 'held';
  return 'booked';
}

/**
 * Every seat of the event with its status and price, from one query; `lastChangeId` is where a
 * viewer subscribes to `events.onSeatChange` so it misses no change made after this snapshot.
 */
export async function getSeatMap({
  db,
  input,
  cookieToken,
  now = new Date(),
}: {
  db: Db;
  input: { eventId: string; holdToken?: string | undefined };
  cookieToken: string | undefined;
  now?: Date;
}) {
  const holdToken = input.holdToken ?? cookieToken;
  const map = await findSeatMap(db, {
    eventId: input.eventId,
    topic: seatTopic(input.eventId),
    tokenHash: holdToken ? hashToken(holdToken) : null,
    now,
  });
  if (!map) throw new DomainError('NotFound', 'No event with this id', 'eventId');
  const settings = venueSettings(map.settings);
  return {
    eventId: map.eventId,
    eventStatus: map.eventStatus,
    currency: map.currency,
    maxSeatsPerHold: settings.maxSeatsPerHold,
    layout: {
      id: map.layoutId,
      name: map.layoutName,
      kind: map.layoutKind,
      rows: map.rows,
      cols: map.cols,
      frontLabel: map.frontLabel,
      seatClasses: classPricesFor(map.eventPriceMinor, map.seatClasses),
    },
    seats: map.seats.map((seat) => ({
      id: seat.id,
      label: seat.label,
      row: seat.row,
      col: seat.col,
      seatClass: seat.seatClass,
      priceMinor: seatPriceMinor({
        eventPriceMinor: map.eventPriceMinor,
        seatClasses: map.seatClasses,
        seatClass: seat.seatClass,
      }),
      status: seatStatus(seat),
    })),
    lastChangeId: map.lastChangeId === null ? '0' : String(map.lastChangeId),
  };
}
