import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { updateVenue } from '../../../services/admin-venues.service.js';
import { adminProcedure } from '../../../trpc.js';
import { adminVenueOutput, venueFieldsInput } from './venue-schemas.js';

const { kind: _kind, ...changeable } = venueFieldsInput;

/**
 * Every field but `id` is optional; the kind never changes (its places and events depend on it).
 * `settings` is merged into the stored settings: keys not given keep their value.
 */
export const updateVenueInput = z.object(changeable).partial().extend({ id: uuidSchema });

export const updateVenueProcedure = adminProcedure
  .input(updateVenueInput)
  .output(adminVenueOutput)
  .mutation(({ ctx, input }) => updateVenue({ db: ctx.db, actor: ctx.actor, input }));
