import { roleSchema } from '@reserva/domain';
import { z } from 'zod';

export const userOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  role: roleSchema,
});
