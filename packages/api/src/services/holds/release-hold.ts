import type { Db } from '@reserva/db';
import { conflict, validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { ChangeFeed } from '../../live/change-feed.js';
import { publishSeatChange, seatChangeInsert } from '../../live/seat-changes.js';
import { checkoutAndSeatsOf, lockHold, removeHoldSeats } from '../../repositories/holds.repository.js';
import { historyActor } from '../actor.js';
import { applyStatusChange } from '../booking-lifecycle.service.js';
import { type HoldView, holdGone, holdTokenOf, isLiveHold, loadLiveHold } from './hold-view.js';

/**
 * Gives seats back: the chosen ones (the rest stay held), or all of them — then the hold is
 * RELEASED. Every freed seat is announced as available in the same transaction.
 */
export async function releaseHold({
  db,
  feed,
  actor,
  input,
  cookieToken,
  now = new Date(),
}: {
  db: Db;
  feed: ChangeFeed;
  actor: Actor | null;
  input: { holdToken?: string | undefined; seatIds?: string[] | undefined };
  cookieToken: string | undefined;
  now?: Date;
}): Promise<{ releasedSeatIds: string[]; hold: HoldView | null; token: string }> {
  const { token, tokenHash } = holdTokenOf(input, cookieToken);
  const released = await db.transaction().execute(async (trx) => {
    const hold = await lockHold(trx, { tokenHash });
    if (!hold || !isLiveHold(hold, now) || !hold.eventId) throw holdGone();
    const { checkoutInFlight, seatIds: held } = await checkoutAndSeatsOf(trx, hold.id, now);
    if (checkoutInFlight) {
      throw conflict('A payment for this hold is in progress; its seats cannot be released now');
    }
    const chosen = input.seatIds ?? held;
    const strangers = chosen.filter((id) => !held.includes(id));
    if (strangers.length > 0) throw validationError('seatIds', 'Some of these seats are not in this hold');
    const freed = { seatIds: chosen, status: 'available', holdId: hold.id } as const;
    if (chosen.length >= held.length) {
      await applyStatusChange(
        trx,
        hold,
        { to: 'RELEASED', note: 'released by the holder' },
        historyActor(actor),
        seatChangeInsert(hold.eventId, freed),
      );
    } else {
      await removeHoldSeats(trx, hold.id, chosen);
      await publishSeatChange(feed, trx, hold.eventId, freed);
    }
    return { seatIds: chosen, all: chosen.length >= held.length };
  });
  return {
    releasedSeatIds: released.seatIds,
    hold: released.all ? null : await loadLiveHold(db, { tokenHash }, now),
    token,
  };
}
