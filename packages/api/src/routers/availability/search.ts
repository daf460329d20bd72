import { localDateSchema, plainText, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { instantInput, isoDateOutput } from '../../schemas/common.js';
import { searchAvailability } from '../../services/availability/search-availability.service.js';
import { publicProcedure } from '../../trpc.js';

/** One input for the three time-slot kinds; each uses its own fields (see API.md). */
export const searchAvailabilityInput = z.object({
  venueId: uuidSchema,
  date: localDateSchema.optional(),
  partySize: z.number().int().min(1, 'Party size must be at least 1').max(500).optional(),
  area: plainText().min(1).max(60).optional(),
  start: instantInput.optional(),
  end: instantInput.optional(),
  checkIn: localDateSchema.optional(),
  checkOut: localDateSchema.optional(),
  guests: z.number().int().min(1, 'Guests must be at least 1').max(50).optional(),
});

export const availabilityOutput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('restaurant'),
    date: z.string(),
    timeZone: z.string(),
    partySize: z.number(),
    durationMinutes: z.number(),
    slots: z.array(
      z.object({
        start: isoDateOutput,
        time: z.string(),
        available: z.boolean(),
        freeTables: z.number(),
        isPeak: z.boolean(),
      }),
    ),
  }),
  z.object({
    kind: z.literal('coworking'),
    start: isoDateOutput,
    end: isoDateOutput,
    timeZone: z.string(),
    desks: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        area: z.string().nullable(),
        layoutId: z.string().nullable(),
        row: z.number().nullable(),
        col: z.number().nullable(),
        pricePerHourMinor: z.number(),
        status: z.enum(['free', 'busy', 'unavailable']),
      }),
    ),
  }),
  z.object({
    kind: z.literal('hotel'),
    checkIn: z.string(),
    checkOut: z.string(),
    guests: z.number(),
    nights: z.number(),
    timeZone: z.string(),
    roomTypes: z.array(
      z.object({
        type: z.string(),
        capacity: z.number(),
        fitsGuests: z.boolean(),
        freeCount: z.number(),
        nightlyMinor: z.number(),
        totalMinor: z.number(),
        nights: z.number(),
      }),
    ),
  }),
]);

export const searchAvailabilityProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/venues/{venueId}/availability',
      tags: ['venues'],
      protect: false,
      summary: 'Free times, desks or rooms of a venue',
    },
  })
  .input(searchAvailabilityInput)
  .output(availabilityOutput)
  .query(({ ctx, input }) => searchAvailability({ db: ctx.db, input }));
