import { randomUUID } from 'node:crypto';
import { hashToken, randomToken } from '@reserva/auth';
import type { Db } from '@reserva/db';
import {
  conflict,
  type EventKind,
  generateBookingCode,
  seatPriceMinor,
  validationError,
} from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { ChangeFeed } from '../../live/change-feed.js';
import { seatChangeInsertFrom } from '../../live/seat-changes.js';
import type { Executor } from '../../repositories/bookings.repository.js';
import { insertHold, lockLapsedHoldsOnSeats, lockSeatsForHold } from '../../repositories/holds.repository.js';
import { findSeatOccupancy } from '../../repositories/seats.repository.js';
import { historyActor } from '../actor.js';
import { isPgError } from '../bookings/insert-booking.js';
import { expireHold } from './expire-holds.js';
import { EventChangedError, type HoldEvent, rememberedHoldEvent, rereadHoldEvent } from './hold-event.js';

export interface CreateHoldInput {
  eventId: string;
  seatIds: string[];
}

const MINUTE_MS = 60_000;

/** "Seat F7 was just taken" / "Seats F7, F8 were just taken". */
export const seatsTakenMessage = (labels: readonly string[]) =>
  labels.length === 1 ? `Seat ${labels[0]} was just taken` : `Seats ${labels.join(', ')} were just taken`;

export const eventCancelled = (kind: EventKind) =>
  validationError('eventId', `This ${kind === 'trip' ? 'trip' : 'showtime'} was cancelled`);

/** Everything about the request that can be judged before touching a seat. */
function planHold(event: HoldEvent, input: CreateHoldInput, now: Date) {
  if (event.status !== 'scheduled') throw eventCancelled(event.kind);
  if (event.startsAt.getTime() <= now.getTime()) {
    throw validationError(
      'eventId',
      event.kind === 'trip' ? 'This trip has already departed' : 'This showtime has already started',
    );
  }
  const { settings } = event;
  if (input.seatIds.length > settings.maxSeatsPerHold) {
    throw validationError('seatIds', `Choose at most ${settings.maxSeatsPerHold} seats at a time`);
  }
  const inMapOrder = input.seatIds
    .map((id) => event.seats.get(id))
    .filter((seat) => seat !== undefined)
    .sort((a, b) => a.order - b.order);
  if (inMapOrder.length !== input.seatIds.length) {
    const noun = event.kind === 'trip' ? 'trip' : 'showtime';
    throw validationError('seatIds', `Some of the chosen seats are not on this ${noun}'s seat map`);
  }
  const unsellable = inMapOrder.filter((seat) => seat.status !== 'available').map((seat) => seat.label);
  if (unsellable.length > 0) {
    throw validationError(
      'seatIds',
      `${unsellable.length === 1 ? 'Seat' : 'Seats'} ${unsellable.join(', ')} cannot be sold`,
    );
  }
  const seats = inMapOrder.map((seat) => ({
    id: seat.id,
    label: seat.label,
    seatClass: seat.seatClass,
    priceMinor: seatPriceMinor({
      eventPriceMinor: event.priceMinor,
      seatClasses: event.seatClasses,
      seatClass: seat.seatClass,
    }),
  }));
  return { event, settings, seats };
}

type Plan = ReturnType<typeof planHold>;

interface HoldRequest {
  db: Db;
  feed: ChangeFeed;
  actor: Actor | null;
  plan: Plan;
  tokenHash: string;
  expiresAt: Date;
  now: Date;
}

/**
 * One all-or-nothing attempt: the seats' locks, the HELD booking with every seat and the seat
 * change for viewers, in one statement; the exclusion constraint decides any race. Nothing is
 * written (EventChangedError) unless the event, venue and layout are still as the plan read them.
 * With `expireLapsed`, lapsed holds on these seats are expired first, in one transaction with it.
 */
async function attemptHold(request: HoldRequest, expireLapsed: boolean): Promise<string> {
  const { db, feed, actor, plan, now } = request;
  const { event, seats } = plan;
  const seatIds = seats.map((seat) => seat.id);
  const user = actor?.kind === 'user' ? actor.user : null;
  const holdId = randomUUID();
  const insert = (executor: Executor) =>
    insertHold(
      executor,
      {
        id: holdId,
        code: generateBookingCode(),
        venueId: event.venueId,
        eventId: event.id,
        layoutId: event.layoutId,
        versions: event.versions,
        userId: actor?.userId ?? null,
        start: event.startsAt,
        end: event.endsAt,
        contact: { name: user?.name ?? null, phone: user?.phone ?? null, email: user?.email ?? null },
        currency: event.currency,
        tokenHash: request.tokenHash,
        expiresAt: request.expiresAt,
        actor: historyActor(actor),
        seats,
      },
      (held) => seatChangeInsertFrom(held.rows, held, 'held'),
    );
  const written = (inserted: boolean) => {
    if (!inserted) throw new EventChangedError();
    return holdId;
  };
  if (!expireLapsed) return written(await insert(db));
  return db.transaction().execute(async (trx) => {
    // The seats' locks come first, before any lapsed hold's: a plain hold on the same seats then
    // waits here rather than on a lapsed hold's half-expired items (a deadlock).
    await lockSeatsForHold(trx, seatIds);
    const lapsed = await lockLapsedHoldsOnSeats(trx, {
      seatIds,
      start: event.startsAt,
      end: event.endsAt,
      now,
    });
    for (const hold of lapsed) await expireHold(trx, feed, hold.id, now);
    return written(await insert(trx));
  });
}

/**
 * A deadlock victim (should seat locks ever cross with a sweeper's or a cancellation's) tries again,
 * as does a hold that drew a booking code already in use; if it keeps losing, the seats are what it
 * lost to, and the caller says so.
 */
async function attemptWithRetry(request: HoldRequest, expireLapsed: boolean): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptHold(request, expireLapsed);
    } catch (error) {
      if (attempt < 5 && isPgError(error, '23505', 'bookings_code_key')) continue;
      if (!isPgError(error, '40P01')) throw error;
      if (attempt >= 3) throw await takenError(request);
    }
  }
}

/** Who really has the seats (lapsed holds aside), for the loser's message. */
async function takenError(request: HoldRequest, occupied?: { label: string; lapsed: boolean }[]) {
  const { event, seats } = request.plan;
  const occupancy =
    occupied ??
    (await findSeatOccupancy(request.db, {
      seatIds: seats.map((seat) => seat.id),
      start: event.startsAt,
      end: event.endsAt,
      now: request.now,
    }));
  const taken = occupancy.filter((seat) => !seat.lapsed).map((seat) => seat.label);
  // Nobody has them any more (the winner let go meanwhile): name them all rather than none.
  return conflict(seatsTakenMessage(taken.length > 0 ? taken : seats.map((seat) => seat.label)), 'seatIds');
}

/**
 * Holds every chosen seat or none, for the venue's hold minutes, judged on the event as this
 * process last read it: a hold is only ever written on the event's, venue's and layout's current
 * rows (the statement checks their versions), and a refusal is only ever given on them — when the
 * remembered event refused, it is read again and asked again.
 */
export async function createHold({
  db,
  feed,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  feed: ChangeFeed;
  actor: Actor | null;
  input: CreateHoldInput;
  now?: Date;
}) {
  const holdToken = randomToken(20);
  const tokenHash = hashToken(holdToken);
  const remembered = await rememberedHoldEvent(db, input.eventId);
  let plan: Plan;
  try {
    plan = planHold(remembered.event, input, now);
  } catch (error) {
    if (remembered.fresh) throw error;
    plan = planHold(await rereadHoldEvent(db, input.eventId), input, now);
  }
  for (let attempt = 1; ; attempt++) {
    const expiresAt = new Date(now.getTime() + plan.settings.holdMinutes * MINUTE_MS);
    try {
      const holdId = await holdSeats({ db, feed, actor, plan, tokenHash, expiresAt, now });
      return {
        holdToken,
        holdId,
        expiresAt,
        seats: plan.seats,
        totalMinor: plan.seats.reduce((sum, seat) => sum + seat.priceMinor, 0),
        currency: plan.event.currency,
      };
    } catch (error) {
      if (!(error instanceof EventChangedError)) throw error;
      if (attempt >= 2) {
        const noun = plan.event.kind === 'trip' ? 'trip' : 'showtime';
        throw conflict(`This ${noun} changed just now; please try again`, 'eventId');
      }
      plan = planHold(await rereadHoldEvent(db, input.eventId), input, now);
    }
  }
}

/**
 * Holding is tried first without expiring lapsed holds, because that step is rarely needed and
 * every statement counts when a showtime opens for sale. When a seat turns out to be taken by a
 * hold whose time is up (sweeper or not), the attempt is made again, expiring that hold in the same
 * transaction: an expired hold never blocks anyone.
 */
async function holdSeats(request: HoldRequest): Promise<string> {
  const { db, plan, now } = request;
  try {
    return await attemptWithRetry(request, false);
  } catch (error) {
    if (!isPgError(error, '23P01')) throw error;
    const occupancy = await findSeatOccupancy(db, {
      seatIds: plan.seats.map((seat) => seat.id),
      start: plan.event.startsAt,
      end: plan.event.endsAt,
      now,
    });
    if (!occupancy.some((seat) => seat.lapsed)) throw await takenError(request, occupancy);
    try {
      return await attemptWithRetry(request, true);
    } catch (retryError) {
      if (!isPgError(retryError, '23P01')) throw retryError;
      throw await takenError(request);
    }
  }
}
