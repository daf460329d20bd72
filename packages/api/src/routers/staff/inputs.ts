import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';

export { instantInput } from '../../schemas/common.js';

export const bookingIdInput = z.object({ id: uuidSchema });
