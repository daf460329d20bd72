import type { Db } from '@reserva/db';
import { notFound, unauthorized } from '@reserva/domain';
import type { Actor, ApiConfig } from '../context.js';
import {
  type Executor,
  findBookingWithDetail,
  type itemsOf,
  type selectBookings,
} from '../repositories/bookings.repository.js';
import { actsForVenue } from './actor.js';
import type { BookingVenue } from './bookings/booking-venue.js';
import type { PlacedBooking } from './bookings/place-booking.js';
import { type GuestProof, lookUpGuestBooking } from './guest-access/guest-lookup.js';
import { withManageToken } from './guest-access/manage-token.js';

type BookingRow = Awaited<ReturnType<ReturnType<typeof selectBookings>['executeTakeFirstOrThrow']>>;
type ItemRow = Awaited<ReturnType<typeof itemsOf>>[number];

/** The shape every booking procedure returns (history only where one booking is shown). */
export function bookingView(row: BookingRow, items: readonly ItemRow[]) {
  const {
    venueId,
    venueName,
    venueKind,
    timeZone,
    contactName,
    contactPhone,
    contactEmail,
    holdExpiresAt,
    claimCode,
    ...rest
  } = row;
  return {
    ...rest,
    hold: rest.status === 'HELD' && holdExpiresAt ? { expiresAt: holdExpiresAt, claimCode } : null,
    venue: { id: venueId, name: venueName, kind: venueKind, timeZone },
    contact: { name: contactName, phone: contactPhone, email: contactEmail },
    items: items.filter((item) => item.bookingId === row.id).map(({ bookingId: _, ...item }) => item),
  };
}

/**
 * The detail of a booking just placed, from what it was written with: the same shape
 * `loadBookingDetail` reads back, without reading it back.
 */
export function placedBookingDetail(venue: BookingVenue, placed: PlacedBooking) {
  const { row, item } = placed;
  const bookingRow: BookingRow = {
    id: placed.id,
    code: placed.code,
    status: row.status,
    paymentStatus: placed.paymentStatus,
    partySize: row.partySize,
    start: row.start,
    end: row.end,
    contactName: row.contact.name,
    contactPhone: row.contact.phone,
    contactEmail: row.contact.email ?? null,
    totalMinor: row.totalMinor,
    depositMinor: row.depositMinor,
    currency: row.currency,
    isPeak: row.isPeak,
    requestedArea: row.requestedArea ?? null,
    requestedType: row.requestedType ?? null,
    cancelReason: null,
    cancelDescription: null,
    notes: row.notes ?? null,
    userId: row.userId,
    eventId: row.eventId ?? null,
    createdAt: placed.createdAt,
    holdExpiresAt: null,
    claimCode: null,
    venueId: venue.id,
    venueName: venue.name,
    venueKind: venue.kind,
    timeZone: venue.timeZone,
  };
  const items = item ? [{ ...item, bookingId: placed.id, active: true }] : [];
  return {
    ...bookingView(bookingRow, items),
    history: placed.history.map((entry) => ({
      from: entry.from,
      to: entry.to,
      actor: entry.actorLabel,
      note: entry.note,
      at: placed.createdAt,
    })),
  };
}

export async function loadBookingDetail(db: Executor, by: { id: string } | { code: string }) {
  const detail = await findBookingDetail(db, by);
  if (!detail) throw notFound('Booking');
  return detail;
}

async function findBookingDetail(db: Executor, by: { id: string } | { code: string }) {
  const found = await findBookingWithDetail(db, by);
  if (!found) return null;
  const { items, history, ...row } = found;
  const datedItems = items.map((item) => ({ ...item, start: new Date(item.start), end: new Date(item.end) }));
  return {
    ...bookingView(row, datedItems),
    history: history.map((entry) => ({ ...entry, at: new Date(entry.at) })),
  };
}

export type BookingDetail = Awaited<ReturnType<typeof loadBookingDetail>>;

/**
 * Who may see a booking: its owner and the venue's staff, by id or code; a guest booking (no
 * account) by its code with a second factor (`lookUpGuestBooking`). Anyone else gets NOT_FOUND,
 * so ids and codes reveal nothing. A guest booking's answer carries its manage token.
 */
export async function getBookingFor({
  db,
  config,
  actor,
  input,
  ip,
  staleSession = false,
}: {
  db: Db;
  config: ApiConfig;
  actor: Actor | null;
  input: { id: string } | GuestProof;
  ip: string;
  /** The caller's session cookie has expired: by id only its owner could read it, so say sign in. */
  staleSession?: boolean | undefined;
}) {
  const detail = await findBookingDetail(db, 'id' in input ? { id: input.id } : { code: input.code });
  const isOwner = actor?.userId != null && detail?.userId === actor.userId;
  if (detail && (isOwner || actsForVenue(actor, detail.venue.id)))
    return withManageToken({ db, config }, detail);
  if ('id' in input)
    throw staleSession ? unauthorized('Your session has expired; sign in again') : notFound('Booking');
  return lookUpGuestBooking({ db, config, booking: detail, proof: input, ip });
}
