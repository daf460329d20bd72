import { EVENT_STATUSES, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { instantInput } from '../../../schemas/common.js';
import { listEvents } from '../../../services/admin-events.service.js';
import { adminProcedure } from '../../../trpc.js';
import { eventOutput } from './event-schemas.js';

export const listAdminEventsInput = z
  .object({
    venueId: uuidSchema.optional(),
    layoutId: uuidSchema.optional(),
    /** Cancelled events are listed too unless a status is given. */
    status: z.enum(EVENT_STATUSES).optional(),
    /** Events still running after `from` and starting before `to`. */
    from: instantInput.optional(),
    to: instantInput.optional(),
    skip: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({ skip: 0, limit: 50 });

/** Every event (cancelled ones included) with its venue, layout and active booking count. */
export const listAdminEventsProcedure = adminProcedure
  .meta({ venues: 'filtered' })
  .input(listAdminEventsInput)
  .output(
    z.object({
      items: z.array(
        eventOutput.extend({ venueName: z.string(), layoutName: z.string(), activeBookingCount: z.number() }),
      ),
      total: z.number(),
    }),
  )
  .query(({ ctx, input }) => listEvents({ db: ctx.db, actor: ctx.actor, input }));
