import type { Db } from '@reserva/db';
import { type BookingStatus, canTransition, DEFAULT_VENUE_SETTINGS } from '@reserva/domain';
import { type Executor, lockBooking } from '../repositories/bookings.repository.js';
import {
  deleteChangesOfEndedEvents,
  lockDueNoShows,
  lockFinishedCoworking,
} from '../repositories/sweeps.repository.js';
import { SYSTEM } from './actor.js';
import { applyStatusChange, endsWithRefund } from './booking-lifecycle.service.js';
import { cancelCauseOf, refundEndedBooking } from './refunds/cancellation-refund.js';

export interface SweepDeps {
  db: Db;
  now: Date;
}

/** A sweep deals with what time has made due (bookings, old live changes) and says how many rows it changed. */
export type Sweep = (deps: SweepDeps) => Promise<number>;

const BATCH_SIZE = 100;

interface Candidate {
  id: string;
  status: BookingStatus;
}

/**
 * Runs batches until none is full: each batch picks and locks its candidates (skipping rows other
 * sweepers hold) and moves every one through the lifecycle path as `system`, in one transaction.
 */
async function sweepInBatches(
  db: Db,
  now: Date,
  pick: (trx: Executor, limit: number) => Promise<Candidate[]>,
  decide: (candidate: Candidate) => { to: BookingStatus; note: string },
): Promise<number> {
  let changed = 0;
  for (;;) {
    const { picked, moved } = await db.transaction().execute(async (trx) => {
      const candidates = await pick(trx, BATCH_SIZE);
      let moved = 0;
      for (const candidate of candidates) {
        const booking = await lockBooking(trx, { id: candidate.id });
        const change = decide(candidate);
        if (!booking || !canTransition(booking.status, change.to)) continue;
        await applyStatusChange(trx, booking, change, SYSTEM);
        if (endsWithRefund(change.to)) {
          await refundEndedBooking(trx, booking, {
            cause: cancelCauseOf(change),
            source: 'sweep',
            actor: SYSTEM,
            now,
          });
        }
        moved += 1;
      }
      return { picked: candidates.length, moved };
    });
    changed += moved;
    if (picked < BATCH_SIZE || moved === 0) return changed;
  }
}

/** Confirmed restaurant and hotel bookings not checked in within the venue's grace period. */
export const sweepNoShows: Sweep = ({ db, now }) =>
  sweepInBatches(
    db,
    now,
    (trx, limit) =>
      lockDueNoShows(trx, { now, limit, defaultGraceMinutes: DEFAULT_VENUE_SETTINGS.graceMinutes }),
    () => ({ to: 'NO_SHOW', note: 'not checked in within the grace period' }),
  );

/** Coworking bookings past their end: checked in → completed, never checked in → no-show. */
export const sweepFinishedCoworking: Sweep = ({ db, now }) =>
  sweepInBatches(
    db,
    now,
    (trx, limit) => lockFinishedCoworking(trx, { now, limit }),
    (candidate) =>
      candidate.status === 'CHECKED_IN'
        ? { to: 'COMPLETED', note: 'ended' }
        : { to: 'NO_SHOW', note: 'ended without a check-in' },
  );

/** How long an ended event's live seat changes are kept: long past any viewer's reconnect. */
export const CHANGE_RETENTION_MS = 24 * 60 * 60 * 1000;
const DELETE_BATCH = 5_000;

/** Deletes the live seat changes of events that ended over a day ago, in batches; says how many. */
export const pruneChangeFeed: Sweep = async ({ db, now }) => {
  const endedBefore = new Date(now.getTime() - CHANGE_RETENTION_MS);
  let deleted = 0;
  for (;;) {
    const batch = await deleteChangesOfEndedEvents(db, { endedBefore, limit: DELETE_BATCH });
    deleted += batch;
    if (batch < DELETE_BATCH) return deleted;
  }
};
