import { describe, expect, it } from 'vitest';
import { formatIdr, formatMoney } from './money';

// Intl separates the symbol with a no-break space; compare with a normal one.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatMoney', () => {
  it('prints rupiah without decimals', () => {
    expect(plain(formatIdr(50_000))).toBe('Rp 50.000');
    expect(plain(formatIdr(1_250_500))).toBe('Rp 1.250.500');
    expect(plain(formatIdr(0))).toBe('Rp 0');
  });

  it('treats other currencies as minor units', () => {
    expect(plain(formatMoney(1999, 'USD'))).toBe('US$19,99');
  });
});
