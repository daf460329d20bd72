import { BUS_TYPES, EVENT_KINDS, EVENT_STATUSES, LAYOUT_KINDS, venueKindSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../schemas/common.js';

/** What every view of an event says about it: which showtime or trip, and when. */
export const eventFactsOutput = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  origin: z.string().nullable(),
  destination: z.string().nullable(),
  startsAt: isoDateOutput,
  endsAt: isoDateOutput,
  busType: z.enum(BUS_TYPES).nullable(),
});

/** A layout's seat classes at what they cost for one event. */
export const seatClassOutput = z.object({ name: z.string(), priceMinor: z.number() });

/** A layout as a seat map draws it. */
export const mapLayoutOutput = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(LAYOUT_KINDS),
  rows: z.number(),
  cols: z.number(),
  frontLabel: z.string().nullable(),
  seatClasses: z.array(seatClassOutput),
});

export const eventSummaryOutput = eventFactsOutput.extend({
  /** The fare of the cheapest seat class (or of every seat, without classes). */
  priceMinor: z.number(),
  currency: z.string(),
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

export const eventDetailOutput = eventSummaryOutput.extend({
  maxPriceMinor: z.number(),
  operatorWhatsapp: z.string().nullable(),
  holdMinutes: z.number(),
  maxSeatsPerHold: z.number(),
  layout: mapLayoutOutput.extend({ seatCount: z.number() }),
});
