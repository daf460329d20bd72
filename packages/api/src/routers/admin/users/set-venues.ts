import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { adminUserOutput } from '../../../schemas/user.js';
import { setStaffVenues } from '../../../services/users.service.js';
import { adminProcedure } from '../../../trpc.js';

export const setVenuesInput = z.object({
  userId: uuidSchema,
  /** Every venue the staff account works at (replaces the previous set; empty: none). */
  venueIds: z.array(uuidSchema).max(500, 'Choose at most 500 venues'),
});

export const setVenuesProcedure = adminProcedure
  .input(setVenuesInput)
  .output(adminUserOutput)
  .mutation(({ ctx, input }) => setStaffVenues({ db: ctx.db, actor: ctx.actor, input }));
