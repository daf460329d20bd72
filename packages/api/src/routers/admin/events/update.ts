import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { instantInput } from '../../../schemas/common.js';
import { updateEvent } from '../../../services/admin-events.service.js';
import { adminProcedure } from '../../../trpc.js';
import {
  busTypeInput,
  eventOutput,
  eventTitleInput,
  operatorWhatsappInput,
  placeInput,
  priceMinorInput,
} from './event-schemas.js';

/**
 * Every field but `id` is optional. Title, price and trip details always change; a new start or
 * end is CONFLICT (field `startsAt`) once the event has bookings or holds, or when it would overlap.
 */
export const updateEventInput = z.object({
  id: uuidSchema,
  title: eventTitleInput.optional(),
  startsAt: instantInput.optional(),
  endsAt: instantInput.optional(),
  priceMinor: priceMinorInput.optional(),
  origin: placeInput('origin').optional(),
  destination: placeInput('destination').optional(),
  busType: busTypeInput.optional(),
  operatorWhatsapp: operatorWhatsappInput.optional(),
});

export const updateEventProcedure = adminProcedure
  .input(updateEventInput)
  .output(eventOutput)
  .mutation(({ ctx, input }) => updateEvent({ db: ctx.db, actor: ctx.actor, input }));
