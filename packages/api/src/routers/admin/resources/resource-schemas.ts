import { plainText, RESOURCE_KINDS, RESOURCE_STATUSES } from '@reserva/domain';
import { z } from 'zod';

export const resourceLabelInput = plainText('Give a label, like T4, D12 or 101')
  .min(1, 'Give a label, like T4, D12 or 101')
  .max(20, 'Keep the label under 20 characters');

export const capacityInput = z
  .number('Give the capacity')
  .int('Capacity is a whole number')
  .min(1, 'Capacity is at least 1')
  .max(500, 'Capacity is at most 500');

/** Restaurant area, coworking zone or hotel room type. */
export const areaInput = plainText()
  .max(60, 'Keep it under 60 characters')
  .transform((area) => area || null)
  .nullable();

export const resourcePriceInput = z
  .number('Give the price in minor units')
  .int('Prices are whole amounts in minor units')
  .min(0, 'A price cannot be negative')
  .max(1_000_000_000_000, 'That price is too high');

/** `blocked` is for layout seats; tables, desks and rooms are available or under maintenance. */
export const adminResourceStatusInput = z.enum(
  ['available', 'maintenance'],
  'Choose available or maintenance',
);

const gridPosition = z.number().int('Use a whole grid position').min(0).max(99).nullable();
export const positionInput = { row: gridPosition.optional(), col: gridPosition.optional() };

export const adminResourceOutput = z.object({
  id: z.string(),
  venueId: z.string(),
  layoutId: z.string().nullable(),
  kind: z.enum(RESOURCE_KINDS),
  label: z.string(),
  capacity: z.number(),
  area: z.string().nullable(),
  priceMinor: z.number(),
  status: z.enum(RESOURCE_STATUSES),
  row: z.number().nullable(),
  col: z.number().nullable(),
  /** Bookings still to come (or under way) on this place: it cannot be deleted while there are any. */
  upcomingBookingCount: z.number(),
});
