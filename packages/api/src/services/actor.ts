import type { Actor } from '../context.js';

/** How history records who did it: the background worker, a guest, or the actor itself. */
export interface HistoryActor {
  userId: string | null;
  label: string;
}

export const SYSTEM: HistoryActor = { userId: null, label: 'system' };
export const GUEST: HistoryActor = { userId: null, label: 'guest' };

export const historyActor = (actor: Actor | null): HistoryActor =>
  actor ? { userId: actor.userId, label: actor.label } : GUEST;

export const isStaff = (actor: Actor | null): boolean => actor?.role === 'staff' || actor?.role === 'admin';

/** Staff (or an admin) who acts for this venue: staff see only their own venues' bookings. */
export const actsForVenue = (actor: Actor | null, venueId: string): boolean =>
  isStaff(actor) && (actor?.venueIds == null || actor.venueIds.includes(venueId));
