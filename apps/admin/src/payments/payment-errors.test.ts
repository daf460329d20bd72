import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { paymentProblem } from './payment-errors';

const failure = (code: string, message: string, field: string | null = null) =>
  TRPCClientError.from({ error: { message, code: -32000, data: { code, field, httpStatus: 409 } } });

describe('paymentProblem', () => {
  it('names an unknown code and an expired hold', () => {
    expect(paymentProblem(failure('NOT_FOUND', 'No hold has this claim code'), 'A1B2-C3D4')).toEqual({
      key: 'payments.notFound',
      values: { code: 'A1B2-C3D4' },
    });
    expect(paymentProblem(failure('CONFLICT', 'This hold expired before payment', 'holdToken'), 'X')).toEqual(
      {
        key: 'payments.expired',
      },
    );
  });

  it('tells a cancelled event, a card payment under way and a hold in another state apart', () => {
    expect(
      paymentProblem(failure('CONFLICT', 'This event was cancelled; the hold cannot be paid for'), 'X'),
    ).toEqual({ key: 'payments.eventCancelled' });
    expect(paymentProblem(failure('CONFLICT', 'A card payment for this hold is in progress'), 'X')).toEqual({
      key: 'payments.cardInProgress',
    });
    expect(paymentProblem(failure('CONFLICT', 'This hold is released; it cannot be paid for'), 'X')).toEqual({
      key: 'payments.notPayable',
      values: { status: 'RELEASED' },
    });
    expect(paymentProblem(failure('INTERNAL_SERVER_ERROR', 'boom'), 'X')).toBeNull();
  });
});
