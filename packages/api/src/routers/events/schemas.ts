import { BUS_TYPES, EVENT_KINDS, EVENT_STATUSES, LAYOUT_KINDS, venueKindSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../schemas/common.js';

export const eventSummaryOutput = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  origin: z.string().nullable(),
  destination: z.string().nullable(),
  startsAt: isoDateOutput,
  endsAt: isoDateOutput,
  /** The fare of the cheapest seat class (or of every seat, without classes). */
  priceMinor: z.number(),
  currency: z.string(),
  busType: z.enum(BUS_TYPES).nullable(),
  status: z.enum(EVENT_STATUSES),
  freeSeats: z.number(),
  layoutId: z.string(),
  venue: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: venueKindSchema,
    city: z.string(),
    timeZone: z.string(),
  }),
});

/** A layout's seat classes at what they cost for one event. */
export const seatClassOutput = z.object({ name: z.string(), priceMinor: z.number() });

export const eventDetailOutput = eventSummaryOutput.extend({
  maxPriceMinor: z.number(),
  operatorWhatsapp: z.string().nullable(),
  holdMinutes: z.number(),
  maxSeatsPerHold: z.number(),
  layout: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(LAYOUT_KINDS),
    rows: z.number(),
    cols: z.number(),
    frontLabel: z.string().nullable(),
    seatCount: z.number(),
    seatClasses: z.array(seatClassOutput),
  }),
});
