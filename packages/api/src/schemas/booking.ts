import {
  BOOKING_STATUSES,
  bookingCodeSchema,
  CANCEL_REASONS,
  emailSchema,
  PAYMENT_STATUSES,
  plainText,
  RESOURCE_KINDS,
  venueKindSchema,
} from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from './common.js';

export const bookingItemOutput = z.object({
  resourceId: z.string(),
  label: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  area: z.string().nullable(),
  priceMinor: z.number(),
  active: z.boolean(),
  start: isoDateOutput,
  end: isoDateOutput,
});

export const bookingOutput = z.object({
  id: z.string(),
  code: z.string(),
  status: z.enum(BOOKING_STATUSES),
  paymentStatus: z.enum(PAYMENT_STATUSES),
  partySize: z.number(),
  start: isoDateOutput,
  end: isoDateOutput,
  venue: z.object({ id: z.string(), name: z.string(), kind: venueKindSchema, timeZone: z.string() }),
  contact: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  items: z.array(bookingItemOutput),
  totalMinor: z.number(),
  depositMinor: z.number(),
  currency: z.string(),
  isPeak: z.boolean(),
  requestedArea: z.string().nullable(),
  requestedType: z.string().nullable(),
  cancelReason: z.enum(CANCEL_REASONS).nullable(),
  cancelDescription: z.string().nullable(),
  notes: z.string().nullable(),
  userId: z.string().nullable(),
  eventId: z.string().nullable(),
  createdAt: isoDateOutput,
  /** A seat hold still awaiting payment: when it lapses, and the code the customer pays with. */
  hold: z.object({ expiresAt: isoDateOutput, claimCode: z.string().nullable() }).nullable(),
});

export const bookingHistoryOutput = z.object({
  from: z.enum(BOOKING_STATUSES).nullable(),
  to: z.enum(BOOKING_STATUSES),
  actor: z.string(),
  note: z.string().nullable(),
  at: isoDateOutput,
});

export const bookingDetailOutput = bookingOutput.extend({ history: z.array(bookingHistoryOutput) });

/** A booking made without an account also answers with the token of its manage link. */
export const guestBookingDetailOutput = bookingDetailOutput.extend({
  manageToken: z.string().optional(),
});

/** `{ id }` or `{ code }`: staff and customers refer to bookings both ways. */
export const bookingRefInput = z.union([
  z.object({ id: z.uuid('Must be a valid booking id') }),
  z.object({ code: bookingCodeSchema }),
]);

/**
 * `bookings.get`: `{ id }`, or `{ code }` — alone for the booking's owner and staff; a guest adds
 * a second factor: the last 4 digits of the phone, the email, or the token of the manage link.
 */
export const bookingLookupInput = z.union([
  z.object({ id: z.uuid('Must be a valid booking id') }),
  z.object({
    code: bookingCodeSchema,
    phoneLast4: plainText()
      .regex(/^\d{4}$/, 'Enter the last 4 digits of the phone number')
      .optional(),
    email: emailSchema.optional(),
    manageToken: plainText().max(100, 'This is not a manage link token').optional(),
  }),
]);
