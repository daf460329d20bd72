import { describe, expect, it } from 'vitest';
import { illegalTransitionIn, isNotStartedRefusal } from './booking-errors';

describe('booking errors', () => {
  it('reads the statuses of an illegal transition', () => {
    expect(illegalTransitionIn('A booking that is PENDING cannot become CHECKED_IN')).toEqual({
      from: 'PENDING',
      to: 'CHECKED_IN',
    });
    expect(illegalTransitionIn('A booking that is BORED cannot become CHECKED_IN')).toBeNull();
    expect(illegalTransitionIn('T2 is taken at that time')).toBeNull();
  });

  it('recognises the no-show refusal', () => {
    expect(isNotStartedRefusal('This booking has not started yet; it cannot be a no-show')).toBe(true);
  });
});
