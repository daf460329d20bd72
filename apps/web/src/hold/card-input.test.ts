import { describe, expect, it } from 'vitest';
import { cardPayment, checkCard, formatCardNumber, formatExpiry } from './card-input';

const now = new Date('2026-11-21T10:00:00+07:00');
const valid = { number: '4242 4242 4242 4242', expiry: '12/28', cvc: '123' };

describe('checkCard', () => {
  it('accepts the test cards', () => {
    for (const number of ['4242 4242 4242 4242', '4000 0000 0000 0002', '4000 0000 0000 0119']) {
      expect(checkCard({ ...valid, number }, now)).toEqual({});
    }
  });

  it('names each bad field', () => {
    expect(checkCard({ number: '', expiry: '', cvc: '' }, now)).toEqual({
      number: 'numberRequired',
      expiry: 'expiryRequired',
      cvc: 'cvc',
    });
    expect(checkCard({ number: '4242 4242 4242 4241', expiry: '13/28', cvc: '12' }, now)).toEqual({
      number: 'number',
      expiry: 'expiry',
      cvc: 'cvc',
    });
  });

  it('lets a card run to the end of its expiry month', () => {
    expect(checkCard({ ...valid, expiry: '11/26' }, now)).toEqual({});
    expect(checkCard({ ...valid, expiry: '10/26' }, now)).toEqual({ expiry: 'expired' });
  });
});

describe('card formatting', () => {
  it('groups digits and inserts the expiry slash', () => {
    expect(formatCardNumber('4242424242424242')).toBe('4242 4242 4242 4242');
    expect(formatCardNumber('4242-42')).toBe('4242 42');
    expect(formatExpiry('1228')).toBe('12/28');
    expect(formatExpiry('1')).toBe('1');
    expect(cardPayment(valid).card.number).toBe('4242424242424242');
  });
});
