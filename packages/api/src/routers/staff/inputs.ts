import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';

/** An instant with its offset, e.g. `2026-12-31T19:00:00+07:00`. */
export const instantInput = z.iso
  .datetime({ offset: true, message: 'Use an ISO date-time with offset, like 2026-12-31T19:00:00+07:00' })
  .transform((value) => new Date(value));

export const bookingIdInput = z.object({ id: uuidSchema });
