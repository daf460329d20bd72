/**
 * Codes people read aloud, type on a phone and paste into WhatsApp: booking codes (`BK-7Q2M9X`) and
 * hold claim codes (`7Q2M-9XKD`). Generated codes use only characters nobody confuses (no 0/O, 1/I/L,
 * no U); what people type back is normalised and accepted more loosely, so a mistyped code is
 * "not found" rather than a format error.
 */
import { z } from 'zod';

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Returns a uniformly random integer in [0, max). */
export type RandomInt = (max: number) => number;

const UINT32_RANGE = 2 ** 32;

/**
 * Cryptographically random and uniform: `crypto.getRandomValues` (global in Node ≥ 20 and browsers)
 * with rejection sampling, because `value % max` would favour the low characters whenever 2^32 is
 * not a multiple of `max`.
 */
export const defaultRandom: RandomInt = (max) => uniformBelow(max, nextRandomUint32);

/** A uniform integer in [0, max) from a source of uniform 32-bit values. */
export function uniformBelow(max: number, nextUint32: () => number): number {
  if (!Number.isInteger(max) || max < 1 || max > UINT32_RANGE) throw new RangeError('max must be in 1..2^32');
  const limit = UINT32_RANGE - (UINT32_RANGE % max);
  for (;;) {
    const value = nextUint32();
    if (value < limit) return value % max;
  }
}

// Drawn 64 at a time: asking the operating system once per character cost more than the booking's
// own validation. Each value is used once.
const randomPool = new Uint32Array(64);
let randomPoolNext = randomPool.length;

function nextRandomUint32(): number {
  if (randomPoolNext === randomPool.length) {
    crypto.getRandomValues(randomPool);
    randomPoolNext = 0;
  }
  return randomPool[randomPoolNext++]!;
}

function randomChars(count: number, random: RandomInt): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const index = random(CODE_ALPHABET.length);
    const char = CODE_ALPHABET[index];
    if (char === undefined) throw new RangeError(`random(${CODE_ALPHABET.length}) returned ${index}`);
    out += char;
  }
  return out;
}

/**
 * `BK-` + 10 characters in two groups of 5: 30^10 ≈ 5.9 × 10^14 codes, so guessing a booking's code
 * is hopeless even before the lookup limits. Codes given out before were 6 characters
 * (`BK-7Q2M9X`) and stay valid.
 */
export function generateBookingCode(random: RandomInt = defaultRandom): string {
  const chars = randomChars(10, random);
  return `BK-${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** `XXXX-XXXX`: 30^8 ≈ 6.6 × 10^11 codes, enough that guessing a live hold's code is hopeless. */
export function generateClaimCode(random: RandomInt = defaultRandom): string {
  const chars = randomChars(8, random);
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** `a1b2 c3d4`, `A1B2-C3D4`, `a1b2c3d4` → `A1B2-C3D4`; null when it cannot be a claim code. */
export function normalizeClaimCode(input: string): string | null {
  if (typeof input !== 'string') return null;
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z0-9]{8}$/.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/**
 * ` bk-7q2m9x `, `BK 7Q2M9X`, `bk7q2m9x` → `BK-7Q2M9X`; `bk 7q2m9 xkd4p` → `BK-7Q2M9-XKD4P`; null
 * when it cannot be a booking code (of the old 6 or the new 10 characters).
 */
export function normalizeBookingCode(input: string): string | null {
  if (typeof input !== 'string') return null;
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  const old = /^BK([A-Z0-9]{6})$/.exec(compact);
  if (old) return `BK-${old[1]}`;
  const current = /^BK([A-Z0-9]{5})([A-Z0-9]{5})$/.exec(compact);
  return current ? `BK-${current[1]}-${current[2]}` : null;
}

function codeSchema(normalize: (input: string) => string | null, message: string) {
  return z.string().transform((raw, ctx) => {
    const code = normalize(raw);
    if (code === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return code;
  });
}

/** Parses what a person typed into the canonical `BK-XXXXXX`. */
export const bookingCodeSchema = codeSchema(normalizeBookingCode, 'Enter a booking code like BK-7Q2M9-XKD4P');
/** Parses what a person typed into the canonical `XXXX-XXXX`. */
export const claimCodeSchema = codeSchema(normalizeClaimCode, 'Enter a claim code like A1B2-C3D4');
