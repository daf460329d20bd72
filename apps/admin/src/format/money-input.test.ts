import { describe, expect, it } from 'vitest';
import { amountText, parseAmount } from './money-input';

describe('parseAmount', () => {
  it('reads rupiah typed the Indonesian way', () => {
    expect(parseAmount('150000')).toBe(150_000);
    expect(parseAmount('150.000')).toBe(150_000);
    expect(parseAmount('Rp 1.250.000')).toBe(1_250_000);
    expect(parseAmount(' 0 ')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '15,5', '1.50', '12.34.5']) expect(parseAmount(text)).toBeNull();
  });

  it('uses minor units for currencies that have them', () => {
    expect(parseAmount('12,50', 'USD')).toBe(1250);
    expect(amountText(1250, 'USD')).toBe('12.50');
    expect(amountText(75_000)).toBe('75000');
  });
});
