import { bookingCodeSchema, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { bookingDetailOutput } from '../../schemas/booking.js';
import { cardInput, idempotencyKeyInput } from '../../schemas/payment.js';
import { payBooking } from '../../services/payments/pay-booking.js';
import { bookingReaderProcedure } from '../../trpc.js';
import { currencyInput, manageTokenInput } from './schemas.js';

export const payInput = z
  .object({
    bookingId: uuidSchema.optional(),
    /** A guest (no account) pays by the booking code they were given. */
    code: bookingCodeSchema.optional(),
    /** With `code`: the token of the guest's manage link. */
    manageToken: manageTokenInput,
    card: cardInput,
    idempotencyKey: idempotencyKeyInput,
    /** When given, must be the venue's. */
    currency: currencyInput,
  })
  .refine((input) => input.bookingId !== undefined || input.code !== undefined, {
    message: 'Give the booking id or its code',
    path: ['bookingId'],
  });

/** Pays what a time-slot booking owes by card; the booking comes back PAID. */
export const payProcedure = bookingReaderProcedure
  .input(payInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input }) =>
    payBooking({
      db: ctx.db,
      feed: ctx.feed,
      cardGateway: ctx.cardGateway,
      actor: ctx.actor,
      config: ctx.config,
      input: {
        booking: input.bookingId
          ? { id: input.bookingId }
          : { code: input.code!, manageToken: input.manageToken },
        card: input.card,
        idempotencyKey: input.idempotencyKey,
        currency: input.currency,
      },
    }),
  );
