import { BOOKING_STATUSES, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../schemas/common.js';
import { bookingStats } from '../../services/stats.service.js';
import { staffProcedure } from '../../trpc.js';
import { instantInput } from './inputs.js';

export const statsInput = z
  .object({
    venueId: uuidSchema.optional(),
    /** Bookings starting in `[from, to)`; by default the last 30 days through 7 days ahead. */
    from: instantInput.optional(),
    to: instantInput.optional(),
  })
  .default({});

const countsByStatus = z.record(z.enum(BOOKING_STATUSES), z.number());

export const statsOutput = z.object({
  from: isoDateOutput,
  to: isoDateOutput,
  /** The zone whose days the daily series counts: the venue's, or Asia/Jakarta across venues. */
  timeZone: z.string(),
  byStatus: countsByStatus,
  total: z.number(),
  /** Sum of the totals of paid bookings, in minor units. */
  revenueMinor: z.number(),
  /** Resource time taken by active and completed bookings, as a percentage of all resources × the range. */
  occupancyPct: z.number(),
  /** NO_SHOW / (NO_SHOW + CHECKED_IN + COMPLETED), 0..1. */
  noShowRate: z.number(),
  daily: z.array(
    z.object({
      /** Venue-local date, `YYYY-MM-DD`. */
      date: z.string(),
      byStatus: countsByStatus,
      total: z.number(),
      revenueMinor: z.number(),
    }),
  ),
});

export const statsProcedure = staffProcedure
  .meta({
    venues: 'filtered',
    openapi: {
      method: 'GET',
      path: '/staff/stats',
      tags: ['staff'],
      protect: true,
      summary: 'Counts, revenue, occupancy and no-show rate',
    },
  })
  .input(statsInput)
  .output(statsOutput)
  .query(({ ctx, input }) => bookingStats({ db: ctx.db, actor: ctx.actor, input }));
