import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bookingCodeSchema,
  CODE_ALPHABET,
  claimCodeSchema,
  defaultRandom,
  generateBookingCode,
  generateClaimCode,
  normalizeBookingCode,
  normalizeClaimCode,
  uniformBelow,
} from './codes.js';

const BOOKING_CODE = /^BK-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
const CLAIM_CODE = /^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/;

/** A RandomInt that replays fixed indices. */
const replay = (indices: number[]) => {
  let i = 0;
  return (max: number) => {
    const value = indices[i++ % indices.length]!;
    expect(max).toBe(CODE_ALPHABET.length);
    return value;
  };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('generated codes', () => {
  it('use the unambiguous alphabet', () => {
    expect(CODE_ALPHABET).toHaveLength(30);
    for (const confusing of ['0', 'O', '1', 'I', 'L', 'U']) expect(CODE_ALPHABET).not.toContain(confusing);
  });

  it('build booking and claim codes from the random source', () => {
    expect(generateBookingCode(replay([0]))).toBe('BK-22222-22222');
    expect(generateBookingCode(replay([5, 21, 0, 18, 7, 27, 8, 14, 2, 19]))).toBe('BK-7Q2M9-XAG4N');
    expect(generateClaimCode(replay([29, 8, 0, 1, 2, 3, 4, 5]))).toBe('ZA23-4567');
  });

  it('look like BK-7Q2M9-XKD4P and XXXX-XXXX with the default random source', () => {
    for (let i = 0; i < 200; i++) {
      expect(generateBookingCode()).toMatch(BOOKING_CODE);
      expect(generateClaimCode()).toMatch(CLAIM_CODE);
    }
  });

  it('property: every generated code matches and survives its schema', () => {
    const indices = fc.array(fc.integer({ min: 0, max: CODE_ALPHABET.length - 1 }), {
      minLength: 10,
      maxLength: 10,
    });
    fc.assert(
      fc.property(indices, (picks) => {
        const booking = generateBookingCode(replay(picks));
        const claim = generateClaimCode(replay(picks));
        expect(booking).toMatch(BOOKING_CODE);
        expect(claim).toMatch(CLAIM_CODE);
        expect(bookingCodeSchema.parse(booking)).toBe(booking);
        expect(claimCodeSchema.parse(claim)).toBe(claim);
        expect(normalizeClaimCode(claim.toLowerCase().replace('-', ' '))).toBe(claim);
        expect(normalizeBookingCode(booking.toLowerCase())).toBe(booking);
      }),
    );
    fc.assert(
      fc.property(fc.constant(null), () => {
        const booking = generateBookingCode();
        const claim = generateClaimCode();
        expect(bookingCodeSchema.safeParse(booking)).toEqual({ success: true, data: booking });
        expect(claimCodeSchema.safeParse(claim)).toEqual({ success: true, data: claim });
      }),
    );
  });
});

describe('defaultRandom', () => {
  it('stays in [0, max)', () => {
    for (const max of [1, 2, 7, 30, 1000, 2 ** 31 + 1]) {
      for (let i = 0; i < 100; i++) {
        const value = defaultRandom(max);
        expect(Number.isInteger(value) && value >= 0 && value < max).toBe(true);
      }
    }
  });

  it('rejects the top of the 32-bit range that would bias the low characters', () => {
    // 2^32 mod 30 = 16, so 4294967280 and above are redrawn.
    const draws = [4_294_967_290, 4_294_967_280, 31];
    expect(uniformBelow(30, () => draws.shift()!)).toBe(1);
    expect(draws).toEqual([]);
  });

  it('asks the operating system for randomness once per 64 values, not once per character', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
    for (let i = 0; i < 640; i++) defaultRandom(1000);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(11);
    spy.mockRestore();
  });

  it('is roughly uniform over the alphabet', () => {
    const counts = new Array<number>(30).fill(0);
    for (let i = 0; i < 30_000; i++) counts[defaultRandom(30)]!++;
    // Expected 1,000 each, standard deviation ≈ 31: ±200 fails by chance essentially never.
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(200);
  });

  it('refuses a nonsense range', () => {
    expect(() => defaultRandom(0)).toThrow(RangeError);
    expect(() => defaultRandom(2.5)).toThrow(RangeError);
  });
});

describe('normalising what people type', () => {
  it('reformats claim codes', () => {
    expect(normalizeClaimCode('a1b2c3d4')).toBe('A1B2-C3D4');
    expect(normalizeClaimCode(' a1b2 - c3d4 ')).toBe('A1B2-C3D4');
    expect(normalizeClaimCode('A1B2C3D4')).toBe('A1B2-C3D4');
    expect(normalizeClaimCode('a1-b2-c3-d4')).toBe('A1B2-C3D4');
    for (const bad of ['', 'a1b2c3d', 'a1b2c3d45', 'a1b2_c3d4', 'ä1b2c3d4'])
      expect(normalizeClaimCode(bad)).toBeNull();
  });

  it('reformats booking codes', () => {
    expect(normalizeBookingCode(' bk-7q2m9x ')).toBe('BK-7Q2M9X');
    expect(normalizeBookingCode('BK 7Q2M9X')).toBe('BK-7Q2M9X');
    expect(normalizeBookingCode('bk7q2m9x')).toBe('BK-7Q2M9X');
    expect(normalizeBookingCode('bk 7q2m9 xkd4p')).toBe('BK-7Q2M9-XKD4P');
    expect(normalizeBookingCode('BK7Q2M9XKD4P')).toBe('BK-7Q2M9-XKD4P');
    for (const bad of [
      '',
      '7Q2M9X',
      'BK-7Q2M9',
      'BK-7Q2M9XY',
      'XK-7Q2M9X',
      'BK-7Q2M9-XKD4',
      'BK-7Q2M9\u0000X',
    ])
      expect(normalizeBookingCode(bad)).toBeNull();
  });

  it('schemas normalise or name the expected shape', () => {
    expect(claimCodeSchema.parse('a1b2 c3d4')).toBe('A1B2-C3D4');
    expect(bookingCodeSchema.parse('bk-7q2m9x')).toBe('BK-7Q2M9X');
    expect(claimCodeSchema.safeParse('nope').error?.issues[0]?.message).toBe(
      'Enter a claim code like A1B2-C3D4',
    );
    expect(bookingCodeSchema.safeParse('nope').error?.issues[0]?.message).toBe(
      'Enter a booking code like BK-7Q2M9-XKD4P',
    );
    expect(bookingCodeSchema.safeParse(42).success).toBe(false);
  });
});
