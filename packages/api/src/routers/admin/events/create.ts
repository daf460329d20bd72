import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { instantInput } from '../../../schemas/common.js';
import { createEvent } from '../../../services/admin-events.service.js';
import { adminProcedure } from '../../../trpc.js';
import {
  busTypeInput,
  eventOutput,
  eventTitleInput,
  operatorWhatsappInput,
  placeInput,
  priceMinorInput,
} from './event-schemas.js';

const common = {
  venueId: uuidSchema,
  /** A layout of the venue: the hall of a showtime, the bus of a trip. */
  layoutId: uuidSchema,
  startsAt: instantInput,
  endsAt: instantInput,
  /** The fare of the cheapest seat class; better classes add their difference. */
  priceMinor: priceMinorInput,
};

export const createEventInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...common, kind: z.literal('showtime'), title: eventTitleInput }),
    z.object({
      ...common,
      kind: z.literal('trip'),
      /** Defaults to `origin → destination`. */
      title: eventTitleInput.optional(),
      origin: placeInput('origin'),
      destination: placeInput('destination'),
      busType: busTypeInput,
      operatorWhatsapp: operatorWhatsappInput,
    }),
  ],
  { error: 'Choose the kind: showtime or trip' },
);

/** Schedules a showtime (cinema) or a trip (bus). Overlaps on one layout are CONFLICT on `startsAt`. */
export const createEventProcedure = adminProcedure
  .input(createEventInput)
  .output(eventOutput)
  .mutation(({ ctx, input }) => createEvent({ db: ctx.db, actor: ctx.actor, input }));
