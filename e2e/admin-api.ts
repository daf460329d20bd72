import type { APIRequestContext } from '@playwright/test';
import { jakartaInstant, trpcMutation, trpcQuery, venueBySlug, venueDate } from './web-helpers.js';

/** A Jakarta wall-clock time `daysAhead` days from today there, as the instant bookings.create takes. */
export const jakartaAt = (daysAhead: number, time: string): string =>
  jakartaInstant(venueDate(daysAhead), time);

export const venueIdOf = async (request: APIRequestContext, slug: string): Promise<string> =>
  (await venueBySlug(request, slug)).id;

export interface CreatedBooking {
  id: string;
  code: string;
  status: string;
  items: { label: string; resourceId: string }[];
}

/** A guest reservation (no account), made over the API as the customer app makes it. */
export function createBooking(
  request: APIRequestContext,
  input: { venueId: string; name: string; phone?: string } & Record<string, unknown>,
): Promise<CreatedBooking> {
  const { name, phone = '0812 3456 7890', ...rest } = input;
  return trpcMutation<CreatedBooking>(request, 'bookings.create', { ...rest, contact: { name, phone } });
}

/** A desk of the coworking floor that is free for the whole range. */
export async function freeDesk(request: APIRequestContext, venueId: string, start: string, end: string) {
  const { desks } = await trpcQuery<{ desks: { id: string; status: string }[] }>(
    request,
    'availability.search',
    {
      venueId,
      start,
      end,
    },
  );
  const desk = desks.find((one) => one.status === 'free');
  if (!desk) throw new Error('No free desk');
  return desk.id;
}
