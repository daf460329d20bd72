import type { RouterOutputs } from '../api/trpc';

/** One booking with its items and history, as bookings.get and bookings.create return it. */
export type BookingDetail = RouterOutputs['bookings']['get'];
/** One booking as bookings.mine lists it (no history). */
export type BookingSummary = RouterOutputs['bookings']['mine']['items'][number];
