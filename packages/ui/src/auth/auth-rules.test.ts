import { describe, expect, it } from 'vitest';
import { checkEmail, checkName, checkNewPassword, checkPassword, checkPhone } from './auth-rules';

describe('auth rules', () => {
  it('checks emails', () => {
    expect(checkEmail('ani@example.com')).toBeNull();
    expect(checkEmail(' Ani@Example.com ')).toBeNull();
    expect(checkEmail('not-an-email')).toBe('email');
    expect(checkEmail('')).toBe('email');
  });

  it('checks new passwords by length', () => {
    expect(checkNewPassword('short')).toBe('passwordShort');
    expect(checkNewPassword('long enough')).toBeNull();
    expect(checkNewPassword('x'.repeat(201))).toBe('passwordLong');
    expect(checkPassword('')).toBe('passwordRequired');
    expect(checkPassword('x')).toBeNull();
  });

  it('checks names and optional phones', () => {
    expect(checkName('  ')).toBe('nameRequired');
    expect(checkName('Ani')).toBeNull();
    expect(checkPhone('')).toBeNull();
    expect(checkPhone('0812 3456 7890')).toBeNull();
    expect(checkPhone('12')).toBe('phone');
  });
});
