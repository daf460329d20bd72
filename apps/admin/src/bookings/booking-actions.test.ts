import { describe, expect, it } from 'vitest';
import { type ActionableBooking, legalActions } from './booking-actions';

const now = new Date('2026-03-01T12:00:00Z');
const booking = (
  status: ActionableBooking['status'],
  over: Partial<ActionableBooking> = {},
): ActionableBooking => ({
  status,
  start: '2026-03-02T12:00:00Z',
  eventId: null,
  venue: { kind: 'restaurant' },
  ...over,
});

describe('legalActions', () => {
  it('follows a restaurant reservation from request to departure', () => {
    expect(legalActions(booking('PENDING'), now)).toEqual(['confirm', 'assign', 'cancel']);
    expect(legalActions(booking('CONFIRMED'), now)).toEqual(['checkIn', 'assign', 'cancel']);
    expect(legalActions(booking('CHECKED_IN'), now)).toEqual(['complete', 'assign', 'cancel']);
    for (const final of ['COMPLETED', 'CANCELLED', 'NO_SHOW', 'EXPIRED', 'RELEASED'] as const) {
      expect(legalActions(booking(final), now)).toEqual([]);
    }
  });

  it('offers no-show only once the booking has started', () => {
    const started = booking('CONFIRMED', { start: '2026-03-01T11:00:00Z' });
    expect(legalActions(started, now)).toEqual(['checkIn', 'assign', 'noShow', 'cancel']);
  });

  it('leaves holds to payment and event seats to the customer', () => {
    expect(legalActions(booking('HELD', { eventId: 'e1', venue: { kind: 'cinema' } }), now)).toEqual([
      'cancel',
    ]);
    expect(legalActions(booking('CONFIRMED', { eventId: 'e1', venue: { kind: 'bus' } }), now)).toEqual([
      'checkIn',
      'cancel',
    ]);
  });
});
