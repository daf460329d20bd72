import { describe, expect, it } from 'vitest';
import { whatsappUrl } from './whatsapp';

describe('whatsappUrl', () => {
  it('normalises Indonesian numbers', () => {
    expect(whatsappUrl('+62 812-3456-7890')).toBe('https://wa.me/6281234567890');
    expect(whatsappUrl('0812 3456 7890')).toBe('https://wa.me/6281234567890');
  });

  it('adds a prefilled message', () => {
    expect(whatsappUrl('+6281234567890', 'Halo & salam')).toBe(
      'https://wa.me/6281234567890?text=Halo%20%26%20salam',
    );
  });

  it('returns null without a usable number', () => {
    expect(whatsappUrl(null)).toBeNull();
    expect(whatsappUrl('12')).toBeNull();
  });
});
