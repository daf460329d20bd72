import { BUS_TYPES, EVENT_STATUSES, phoneSchema, plainText } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../../schemas/common.js';
import { eventFactsOutput } from '../../events/schemas.js';

export const eventTitleInput = plainText('Give a title')
  .min(1, 'Give a title')
  .max(160, 'Keep the title under 160 characters');

export const placeInput = (what: string) =>
  plainText(`Name the ${what}`).min(1, `Name the ${what}`).max(80, `Keep the ${what} under 80 characters`);

export const priceMinorInput = z
  .number('Give the price in minor units')
  .int('Prices are whole amounts in minor units')
  .min(0, 'A price cannot be negative')
  .max(1_000_000_000_000, 'That price is too high');

export const busTypeInput = z.enum(BUS_TYPES, `Choose one of: ${BUS_TYPES.join(', ')}`);

/** The operator's WhatsApp, normalised like every phone number (`08…` → `+628…`). */
export const operatorWhatsappInput = phoneSchema;

export const eventOutput = eventFactsOutput.extend({
  venueId: z.string(),
  layoutId: z.string(),
  priceMinor: z.number(),
  operatorWhatsapp: z.string().nullable(),
  status: z.enum(EVENT_STATUSES),
  cancelledAt: isoDateOutput.nullable(),
  cancelReason: z.string().nullable(),
  createdAt: isoDateOutput,
});
