import { describe, expect, it } from 'vitest';
import type { User } from '../api/trpc';
import { contactInput, contactRules } from './contact-form';

const dewi: User = {
  id: 'u1',
  email: 'dewi@example.id',
  name: 'Dewi',
  phone: '+6285712340003',
  role: 'customer',
};

describe('contactInput', () => {
  it('sends what a guest typed, email only when given', () => {
    expect(contactInput({ name: ' Agus ', phone: '0812 1111 2222', email: '' }, null)).toEqual({
      name: 'Agus',
      phone: '0812 1111 2222',
    });
  });

  it('fills blanks from the account, and leaves contact out when the account cannot complete it', () => {
    expect(contactInput({ name: '', phone: '', email: '' }, dewi)).toEqual({
      name: 'Dewi',
      phone: '+6285712340003',
    });
    expect(contactInput({ name: 'Dewi', phone: '', email: '' }, { ...dewi, phone: null })).toBeUndefined();
  });
});

describe('contactRules', () => {
  it('asks a guest for name and phone, and checks any email', () => {
    const rules = contactRules(null);
    expect(rules.name?.('')).toBe('nameRequired');
    expect(rules.phone?.('')).toBe('required');
    expect(rules.phone?.('12')).toBe('phone');
    expect(rules.email?.('')).toBeNull();
    expect(rules.email?.('nope')).toBe('email');
  });

  it('lets a signed-in customer leave blank what the account has, but not a missing phone', () => {
    const rules = contactRules(dewi);
    expect(rules.name).toBeUndefined();
    expect(rules.phone?.('')).toBeNull();
    expect(contactRules({ ...dewi, phone: null }).phone?.('')).toBe('required');
  });
});
