import {
  localTimeSchema,
  phoneSchema,
  plainText,
  SINGLE_LINE_TEXT,
  slugSchema,
  timeZoneSchema,
  venueKindSchema,
} from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../../schemas/common.js';
import { venueSettingsOutput, venueSummaryOutput } from '../../../schemas/venue.js';

const minutes = (max: number) => z.number().int('Use whole minutes').min(0, 'Cannot be negative').max(max);
const count = (min: number, max: number) => z.number().int('Use a whole number').min(min).max(max);
const minor = z.number().int('Use whole minor units').min(0, 'Cannot be negative');

/** Settings an admin may set; every one optional (unset ones take the defaults). */
export const venueSettingsInput = z
  .object({
    holdMinutes: count(1, 60),
    maxSeatsPerHold: count(1, 20),
    graceMinutes: minutes(24 * 60),
    allowGuestBookings: z.boolean(),
    autoAssign: z.boolean(),
    autoConfirm: z.boolean().nullable(),
    openingHours: z.object({ open: localTimeSchema, close: localTimeSchema }).nullable(),
    defaultDurationMinutes: count(5, 24 * 60),
    minDurationMinutes: count(5, 24 * 60),
    maxDurationMinutes: count(5, 7 * 24 * 60),
    leadTimeMinutes: minutes(30 * 24 * 60),
    maxDaysAhead: count(1, 730),
    slotStepMinutes: count(5, 240),
    peakWindows: z
      .array(
        z.object({
          days: z.array(
            z.number().int().min(1, 'Days are 1 (Monday) to 7').max(7, 'Days are 1 to 7 (Sunday)'),
          ),
          start: localTimeSchema,
          end: localTimeSchema,
          multiplier: z.number().min(1, 'A peak costs at least the normal price').max(10),
        }),
      )
      .max(20),
    depositPerGuestMinor: minor,
    weekendNightlyMultiplier: z.number().min(1).max(10),
    turnMinutesByParty: z.array(z.object({ upTo: count(1, 1000), minutes: minutes(240) })).max(20),
    checkInTime: localTimeSchema,
    checkOutTime: localTimeSchema,
    minNights: count(1, 365),
    maxNights: count(1, 365),
    cancelFreeHours: count(0, 24 * 60),
    cancelFee: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('percent'), percent: z.number().min(0, 'Cannot be negative').max(100) }),
      z.object({ kind: z.literal('fixed'), amountMinor: minor }),
    ]),
    noShowFee: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('keepAll') }),
      z.object({ kind: z.literal('fixed'), amountMinor: minor }),
    ]),
    hotelCharge: z.enum(['full', 'firstNight']),
    manualRefundAdminAboveMinor: minor,
    taxLine: z
      .object({
        label: plainText().min(1, 'Name the tax').max(40),
        percent: z.number().gt(0, 'A tax is more than 0%').max(100),
      })
      .nullable(),
  })
  .partial()
  .strict();

const text = (max: number) => plainText().max(max, `Keep it under ${max} characters`);

export const venueFieldsInput = {
  slug: slugSchema,
  kind: venueKindSchema,
  name: plainText('Name the venue').min(1, 'Name the venue').max(120, 'Keep the name under 120 characters'),
  description: text(2000),
  city: text(120),
  address: text(300),
  timeZone: timeZoneSchema,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code like IDR'),
  whatsapp: phoneSchema.nullable(),
  imageUrl: z
    .url('Use a full http(s) address')
    .max(2000)
    .regex(SINGLE_LINE_TEXT, 'Use a full http(s) address')
    .nullable(),
  settings: venueSettingsInput,
  active: z.boolean(),
};

export const adminVenueOutput = venueSummaryOutput.extend({
  /** The effective settings: stored ones over the defaults. */
  settings: venueSettingsOutput,
  active: z.boolean(),
  createdAt: isoDateOutput,
  resourceCount: z.number(),
  layoutCount: z.number(),
  upcomingEventCount: z.number(),
});
