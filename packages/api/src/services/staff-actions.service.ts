import type { Db } from '@reserva/db';
import { type CancelReason, conflict } from '@reserva/domain';
import type { Actor } from '../context.js';
import { historyActor } from './actor.js';
import { changeBookingStatus, type LockedBooking, type StatusChange } from './booking-lifecycle.service.js';

export type BookingRef = { id: string } | { code: string };

interface StaffAction {
  db: Db;
  actor: Actor;
  by: BookingRef;
  now?: Date;
}

/** Every staff status action: lock, optionally check, change through the state machine, return the detail. */
const staffChange = (
  { db, actor, by, now }: StaffAction,
  change: StatusChange,
  check?: (booking: LockedBooking) => void,
) => changeBookingStatus({ db, by, change, actor: historyActor(actor), check, source: 'staff', now });

export const confirmBooking = (action: StaffAction) => staffChange(action, { to: 'CONFIRMED' });

export const checkInBooking = (action: StaffAction) => staffChange(action, { to: 'CHECKED_IN' });

/** Guests leave (restaurant, coworking) or check out (hotel). */
export const completeBooking = (action: StaffAction) => staffChange(action, { to: 'COMPLETED' });

export const cancelBookingByStaff = (
  action: StaffAction,
  reason: { reasonCode: CancelReason; description: string },
) => staffChange(action, { to: 'CANCELLED', reason: reason.reasonCode, description: reason.description });

/** A no-show can only be called once the booking has started. */
export const markNoShow = (action: StaffAction, now = new Date()) =>
  staffChange({ ...action, now }, { to: 'NO_SHOW' }, (booking) => {
    if (booking.startsAt.getTime() > now.getTime()) {
      throw conflict('This booking has not started yet; it cannot be a no-show');
    }
  });
