import type { APIRequestContext } from '@playwright/test';
import { trpcMutation, trpcQuery } from './web-helpers.js';

export interface ListedEvent {
  id: string;
  title: string;
  startsAt: string;
  freeSeats: number;
}

interface SeatMap {
  seats: { id: string; label: string; status: string }[];
}

/** The venue's scheduled events starting from `from` (default now), earliest first. */
export const eventsOf = (request: APIRequestContext, venueId: string, from?: string) =>
  trpcQuery<ListedEvent[]>(request, 'events.list', { venueId, ...(from ? { from } : {}) });

/**
 * `count` seats nobody holds, taken from the back of the map: other tests start at the front, so
 * runs sharing the demo events do not reach for the same seats.
 */
export async function openSeats(request: APIRequestContext, eventId: string, count: number) {
  const map = await trpcQuery<SeatMap>(request, 'events.seatMap', { eventId });
  const open = map.seats.filter((seat) => seat.status === 'available').slice(-count);
  if (open.length < count) throw new Error(`Only ${open.length} open seats on ${eventId}`);
  return open;
}

/** A guest's hold, as the customer app makes it (the token is also sent, so no cookie is needed). */
export const holdSeats = (request: APIRequestContext, eventId: string, seatIds: string[]) =>
  trpcMutation<{ holdToken: string; holdId: string; expiresAt: string }>(request, 'holds.create', {
    eventId,
    seatIds,
  });

export const attachContact = (
  request: APIRequestContext,
  holdToken: string,
  contact: { name: string; whatsapp: string },
) =>
  trpcMutation<{ claimCode: string; operatorWhatsappUrl: string | null }>(request, 'holds.attachContact', {
    holdToken,
    ...contact,
  });

/** Pays a hold with the simulated gateway's card that always succeeds. */
export const payByCard = (request: APIRequestContext, holdToken: string, idempotencyKey: string) =>
  trpcMutation<{ code: string; status: string; paymentStatus: string }>(request, 'holds.checkout', {
    holdToken,
    payment: { method: 'card', card: { number: '4242 4242 4242 4242' } },
    idempotencyKey,
  });
