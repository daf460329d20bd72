import { describe, expect, it } from 'vitest';
import { operatorWhatsappUrl } from './operator-whatsapp.js';

const base = {
  claimCode: 'A1B2-C3D4',
  name: 'Budi',
  title: 'Bandung → Jakarta',
  startsAt: new Date('2026-03-02T23:00:00Z'),
  timeZone: 'Asia/Jakarta',
  seatLabels: ['1A', '1B'],
};

describe('operatorWhatsappUrl', () => {
  it('opens a chat with the operator, the message naming the claim code, trip, local time and seats', () => {
    const url = new URL(operatorWhatsappUrl({ ...base, phone: '+62 813-2220-0150' })!);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/6281322200150');
    const text = url.searchParams.get('text')!;
    expect(text).toContain('kode klaim A1B2-C3D4');
    expect(text).toContain('Bandung → Jakarta');
    // 23:00 UTC is 06:00 the next morning in Jakarta.
    expect(text).toMatch(/Selasa, 3 Maret 2026.*06[.:]00/);
    expect(text).toContain('kursi 1A, 1B');
  });

  it('is null without a usable number', () => {
    expect(operatorWhatsappUrl({ ...base, phone: null })).toBeNull();
    expect(operatorWhatsappUrl({ ...base, phone: '12' })).toBeNull();
  });
});
