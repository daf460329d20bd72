import type { Db } from '@reserva/db';
import { conflict, transition, validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { ChangeFeed } from '../../live/change-feed.js';
import { publishSeatChange, seatChangeInsert, seatChangeInsertFrom } from '../../live/seat-changes.js';
import {
  activeSeatIdsOf,
  findHoldState,
  lockHold,
  releaseWholeHold,
  removeHoldSeats,
} from '../../repositories/holds.repository.js';
import { type HistoryActor, historyActor } from '../actor.js';
import { applyStatusChange } from '../booking-lifecycle.service.js';
import {
  checkoutInFlight,
  type HoldView,
  holdGone,
  holdTokenOf,
  isLiveHold,
  loadLiveHold,
} from './hold-view.js';

const RELEASED_BY_HOLDER = 'released by the holder';

const paymentInProgress = () =>
  conflict('A payment for this hold is in progress; its seats cannot be released now');

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
  if (!input.seatIds) {
    return {
      releasedSeatIds: await releaseWhole(db, tokenHash, historyActor(actor), now),
      hold: null,
      token,
    };
  }
  const chosen = input.seatIds;
  const released = await db.transaction().execute(async (trx) => {
    const hold = await lockHold(trx, { tokenHash });
    if (!hold || !isLiveHold(hold, now) || !hold.eventId) throw holdGone();
    if (checkoutInFlight(hold, now)) throw paymentInProgress();
    // Read after the lock, in a statement of its own: one that waited for the lock would still see
    // the seats as they were before the change it waited for.
    const held = await activeSeatIdsOf(trx, hold.id);
    const strangers = chosen.filter((id) => !held.includes(id));
    if (strangers.length > 0) throw validationError('seatIds', 'Some of these seats are not in this hold');
    const freed = { seatIds: chosen, status: 'available', holdId: hold.id } as const;
    const all = chosen.length >= held.length;
    if (all) {
      await applyStatusChange(
        trx,
        hold,
        { to: 'RELEASED', note: RELEASED_BY_HOLDER },
        historyActor(actor),
        seatChangeInsert(hold.eventId, freed),
      );
    } else {
      await removeHoldSeats(trx, hold.id, chosen);
      await publishSeatChange(feed, trx, hold.eventId, freed);
    }
    return { all };
  });
  return {
    releasedSeatIds: chosen,
    hold: released.all ? null : await loadLiveHold(db, { tokenHash }, now),
    token,
  };
}

/**
 * Releases the whole hold in one statement (see `releaseWholeHold`). When nothing was released, the
 * hold as it is now says why; a checkout that failed in between lets the release try again.
 */
async function releaseWhole(db: Db, tokenHash: string, actor: HistoryActor, now: Date) {
  const change = { ...transition({ status: 'HELD' }, 'RELEASED'), note: RELEASED_BY_HOLDER };
  for (let attempt = 1; ; attempt++) {
    const released = await releaseWholeHold(db, { tokenHash, now, change, actor }, (freed) =>
      seatChangeInsertFrom(freed.rows, freed, 'available'),
    );
    if (released) return released.seatIds;
    const hold = await findHoldState(db, { tokenHash });
    if (!hold || !isLiveHold(hold, now)) throw holdGone();
    if (checkoutInFlight(hold, now) || attempt >= 3) throw paymentInProgress();
  }
}
