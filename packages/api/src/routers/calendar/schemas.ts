import { z } from 'zod';
import { isoDateOutput } from '../../schemas/common.js';

export const calendarFeedOutput = z.object({
  /** The private link's path on this server, e.g. `/calendar/me/….ics`; shown once (only its hash is kept). */
  path: z.string(),
  createdAt: isoDateOutput,
});
