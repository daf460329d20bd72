import { LAYOUT_KINDS, venueKindSchema } from '@reserva/domain';
import { z } from 'zod';

export const venueSummaryOutput = z.object({
  id: z.string(),
  slug: z.string(),
  kind: venueKindSchema,
  name: z.string(),
  description: z.string(),
  city: z.string(),
  address: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  whatsapp: z.string().nullable(),
  imageUrl: z.string().nullable(),
});

const peakWindow = z.object({
  days: z.array(z.number().int()),
  start: z.string(),
  end: z.string(),
  multiplier: z.number(),
});

export const cancelFeeOutput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), percent: z.number() }),
  z.object({ kind: z.literal('fixed'), amountMinor: z.number() }),
]);

export const noShowFeeOutput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('keepAll') }),
  z.object({ kind: z.literal('fixed'), amountMinor: z.number() }),
]);

export const venueSettingsOutput = z.object({
  holdMinutes: z.number(),
  maxSeatsPerHold: z.number(),
  graceMinutes: z.number(),
  allowGuestBookings: z.boolean(),
  autoAssign: z.boolean(),
  openingHours: z.object({ open: z.string(), close: z.string() }).nullable(),
  defaultDurationMinutes: z.number(),
  minDurationMinutes: z.number(),
  maxDurationMinutes: z.number(),
  leadTimeMinutes: z.number(),
  maxDaysAhead: z.number(),
  slotStepMinutes: z.number(),
  peakWindows: z.array(peakWindow),
  depositPerGuestMinor: z.number(),
  weekendNightlyMultiplier: z.number(),
  autoConfirm: z.boolean().nullable(),
  turnMinutesByParty: z.array(z.object({ upTo: z.number(), minutes: z.number() })),
  checkInTime: z.string(),
  checkOutTime: z.string(),
  minNights: z.number(),
  maxNights: z.number(),
  /** The cancellation policy customers see before they book (docs/payments.md). */
  cancelFreeHours: z.number(),
  cancelFee: cancelFeeOutput,
  noShowFee: noShowFeeOutput,
  hotelCharge: z.enum(['full', 'firstNight']),
  manualRefundAdminAboveMinor: z.number(),
  taxLine: z.object({ label: z.string(), percent: z.number() }).nullable(),
});

export const venueDetailOutput = venueSummaryOutput.extend({
  settings: venueSettingsOutput,
  areas: z.array(z.string()),
  resourceCount: z.number(),
  layouts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(LAYOUT_KINDS),
      rows: z.number(),
      cols: z.number(),
      seatCount: z.number(),
    }),
  ),
});
