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

/** Received by card or at the counter; refunded (done, waiting or failed); kept by cancellations and no-shows; net = gross − refunded. */
const money = {
  grossMinor: z.number(),
  refundedMinor: z.number(),
  feesKeptMinor: z.number(),
  netMinor: z.number(),
};

export const statsOutput = z.object({
  from: isoDateOutput,
  to: isoDateOutput,
  /** The zone whose days the daily series counts: the venue's, or Asia/Jakarta across venues. */
  timeZone: z.string(),
  byStatus: countsByStatus,
  total: z.number(),
  /** Sum of the totals of bookings whose payment status is PAID, in minor units (see netMinor for revenue net of refunds). */
  revenueMinor: z.number(),
  ...money,
  byVenue: z.array(z.object({ venueId: z.string(), venueName: z.string(), ...money })),
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
      ...money,
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
