import { roleSchema } from '@reserva/domain';
import { z } from 'zod';

export const userOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  role: roleSchema,
});

/** An account as admins see it: with the venues a staff account works at. */
export const adminUserOutput = userOutput.extend({ venueIds: z.array(z.string()) });
