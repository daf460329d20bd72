import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  BOOKING_STATUSES,
  type BookingStatus,
  CANCEL_REASONS,
  type CancelReason,
  isFinalStatus,
  transition,
} from './booking-status.js';
import { type DomainError, isDomainError } from './errors.js';

function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/** The lifecycle as PRODUCT.md states it, written out independently of the implementation. */
const ALLOWED = new Set([
  'HELD>CONFIRMED',
  'PENDING>CONFIRMED',
  'CONFIRMED>CHECKED_IN',
  'CHECKED_IN>COMPLETED',
  'HELD>EXPIRED',
  'HELD>RELEASED',
  'CONFIRMED>NO_SHOW',
  'HELD>CANCELLED',
  'PENDING>CANCELLED',
  'CONFIRMED>CANCELLED',
  'CHECKED_IN>CANCELLED',
]);

describe('transition', () => {
  it('walks the happy paths', () => {
    const walk = (from: BookingStatus, ...path: BookingStatus[]) => {
      let status = from;
      for (const to of path) {
        expect(transition({ status }, to)).toEqual({ from: status, to });
        status = to;
      }
    };
    walk('HELD', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED');
    walk('PENDING', 'CONFIRMED', 'NO_SHOW');
    walk('HELD', 'EXPIRED');
    walk('HELD', 'RELEASED');
  });

  it('refuses an illegal transition with IllegalTransition', () => {
    const error = caught(() => transition({ status: 'PENDING' }, 'CHECKED_IN'));
    expect(error.kind).toBe('IllegalTransition');
    expect(error.message).toBe('A booking that is PENDING cannot become CHECKED_IN');
  });

  it('checks the lifecycle before the cancellation details', () => {
    const error = caught(() => transition({ status: 'COMPLETED' }, 'CANCELLED'));
    expect(error.kind).toBe('IllegalTransition');
    expect(error.message).toBe('A booking that is COMPLETED cannot become CANCELLED');
  });

  it('needs a reason code to cancel (field reasonCode)', () => {
    for (const detail of [undefined, {}, { description: 'changed plans' }]) {
      const error = caught(() => transition({ status: 'CONFIRMED' }, 'CANCELLED', detail));
      expect(error).toMatchObject({
        kind: 'Validation',
        field: 'reasonCode',
        message: 'A cancellation needs a reason code',
      });
    }
    const unknown = caught(() =>
      transition({ status: 'CONFIRMED' }, 'CANCELLED', { reason: 'BORED' as CancelReason }),
    );
    expect(unknown).toMatchObject({
      kind: 'Validation',
      field: 'reasonCode',
      message: 'Reason code must be one of CUSTOMER_REQUEST, NO_SHOW, VENUE_CLOSED, VENUE_CANCELLED, OTHER',
    });
  });

  it('needs a description when the reason is OTHER (field description)', () => {
    for (const description of [undefined, '', '   ']) {
      const error = caught(() =>
        transition({ status: 'PENDING' }, 'CANCELLED', { reason: 'OTHER', description }),
      );
      expect(error).toMatchObject({
        kind: 'Validation',
        field: 'description',
        message: 'Describe the reason when the reason code is OTHER',
      });
    }
    expect(
      transition({ status: 'PENDING' }, 'CANCELLED', { reason: 'OTHER', description: 'Kitchen flooded' }),
    ).toEqual({
      from: 'PENDING',
      to: 'CANCELLED',
    });
    expect(transition({ status: 'CHECKED_IN' }, 'CANCELLED', { reason: 'CUSTOMER_REQUEST' })).toEqual({
      from: 'CHECKED_IN',
      to: 'CANCELLED',
    });
  });

  it('agrees with assertTransition on every pair', () => {
    for (const from of BOOKING_STATUSES) {
      for (const to of BOOKING_STATUSES) {
        const allowed = ALLOWED.has(`${from}>${to}`);
        if (allowed) expect(() => assertTransition(from, to)).not.toThrow();
        else expect(() => assertTransition(from, to)).toThrow('cannot become');
        expect(isFinalStatus(from)).toBe(![...ALLOWED].some((edge) => edge.startsWith(`${from}>`)));
      }
    }
  });

  it('property: no sequence of operations reaches an illegal state', () => {
    const operation = fc.record({
      to: fc.constantFrom(...BOOKING_STATUSES),
      reason: fc.option(fc.constantFrom(...CANCEL_REASONS), { nil: undefined }),
      description: fc.option(fc.oneof(fc.constant(''), fc.constant('  '), fc.string()), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom<BookingStatus>('HELD', 'PENDING'),
        fc.array(operation, { maxLength: 30 }),
        (initial, operations) => {
          const booking: { status: BookingStatus; reason?: CancelReason; description?: string } = {
            status: initial,
          };
          let finalSince: BookingStatus | null = null;
          for (const op of operations) {
            const before = booking.status;
            try {
              const step = transition(booking, op.to, { reason: op.reason, description: op.description });
              expect(step).toEqual({ from: before, to: op.to });
              expect(ALLOWED.has(`${before}>${op.to}`)).toBe(true);
              booking.status = step.to;
              if (step.to === 'CANCELLED') {
                booking.reason = op.reason;
                booking.description = op.description;
              }
            } catch (error) {
              if (!isDomainError(error)) throw error;
              expect(booking.status).toBe(before);
              if (isFinalStatus(before) || !ALLOWED.has(`${before}>${op.to}`)) {
                expect(error.kind).toBe('IllegalTransition');
              } else {
                // Legal move refused only for missing cancellation details.
                expect(op.to).toBe('CANCELLED');
                expect(error.kind).toBe('Validation');
                expect(['reasonCode', 'description']).toContain(error.field);
              }
            }
            // Invariants after every operation.
            expect(BOOKING_STATUSES).toContain(booking.status);
            if (booking.status === 'CANCELLED') {
              expect(CANCEL_REASONS).toContain(booking.reason);
              if (booking.reason === 'OTHER') expect(booking.description?.trim()).toBeTruthy();
            }
            if (finalSince) expect(booking.status).toBe(finalSince);
            if (isFinalStatus(booking.status)) finalSince = booking.status;
          }
          // Once final, every further transition throws IllegalTransition.
          if (isFinalStatus(booking.status)) {
            for (const to of BOOKING_STATUSES) {
              for (const reason of [undefined, ...CANCEL_REASONS]) {
                expect(caught(() => transition(booking, to, { reason, description: 'x' })).kind).toBe(
                  'IllegalTransition',
                );
              }
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
