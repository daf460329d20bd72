import { plainText, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { bookingDetailOutput } from '../../../schemas/booking.js';
import { idempotencyKeyInput } from '../../../schemas/payment.js';
import { COUNTER_METHODS, recordCounterPayment } from '../../../services/payments/counter-payment.js';
import { staffProcedure } from '../../../trpc.js';
import { amountMinorInput, currencyInput } from '../../payments/schemas.js';

export const recordPaymentInput = z.object({
  bookingId: uuidSchema,
  method: z.enum(COUNTER_METHODS, `Choose one of: ${COUNTER_METHODS.join(', ')}`),
  reference: plainText('Write the receipt or transfer reference')
    .min(1, 'Write the receipt or transfer reference')
    .max(100, 'Keep the reference under 100 characters'),
  amountMinor: amountMinorInput,
  idempotencyKey: idempotencyKeyInput,
  currency: currencyInput,
});

/** Money taken at the counter for what a booking owes: the booking comes back PAID. */
export const recordPaymentProcedure = staffProcedure
  .input(recordPaymentInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input }) => recordCounterPayment({ db: ctx.db, actor: ctx.actor, input }));
