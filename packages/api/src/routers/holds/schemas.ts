import { BOOKING_STATUSES, PAYMENT_STATUSES, plainText, venueKindSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../schemas/common.js';
import { eventFactsOutput } from '../events/schemas.js';

/** A hold token as holds.create / holds.claim returned it; omitted, the hold cookie is used. */
export const holdTokenInput = plainText()
  .min(1, 'Send the hold token you were given')
  .max(200, 'This is not a hold token')
  .optional();

export const heldSeatOutput = z.object({
  id: z.string(),
  label: z.string(),
  seatClass: z.string().nullable(),
  priceMinor: z.number(),
});

export const holdOutput = z.object({
  holdId: z.string(),
  status: z.enum(BOOKING_STATUSES),
  expiresAt: isoDateOutput,
  event: eventFactsOutput.extend({
    venue: z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      kind: venueKindSchema,
      timeZone: z.string(),
    }),
  }),
  seats: z.array(heldSeatOutput),
  totalMinor: z.number(),
  currency: z.string(),
  contact: z
    .object({ name: z.string().nullable(), whatsapp: z.string().nullable(), email: z.string().nullable() })
    .nullable(),
  claimCode: z.string().nullable(),
  /** The ticket's code, once the hold is paid (null while held). */
  bookingCode: z.string().nullable(),
});

/** What staff see behind a claim code: the hold in any state, its booking code once paid. */
export const claimLookupOutput = holdOutput.extend({
  expired: z.boolean(),
  paymentStatus: z.enum(PAYMENT_STATUSES),
});
