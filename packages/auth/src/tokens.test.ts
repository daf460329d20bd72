import { describe, expect, it } from 'vitest';
import { hashToken, randomToken } from './tokens.js';

describe('tokens', () => {
  it('stores a secret as its SHA-256 in hex (the standard test vector), so stored hashes stay valid', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('draws unguessable, cookie-safe tokens', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => randomToken(20)));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/);
  });
});
