import { z } from 'zod';
import { ROLES } from './roles.js';
import { isValidLocalDate, isValidTimeZone } from './time.js';
import { VENUE_KINDS } from './venue.js';

/**
 * Text people type. Control characters (NUL and the rest of C0, DEL, C1) are refused with a field
 * error before they reach PostgreSQL, which stores no NUL in text (22021) and would otherwise make
 * the request a 500. Only multi-line notes may hold line breaks and tabs.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
export const SINGLE_LINE_TEXT = /^[^\u0000-\u001f\u007f-\u009f]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
export const MULTI_LINE_TEXT = /^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f]*$/;
export const CONTROL_CHARACTER_MESSAGE =
  'Remove the control characters (like NUL or a line break) from this text';

/** A single line of text: the one string schema every free-text input starts from. */
export const plainText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).trim().regex(SINGLE_LINE_TEXT, CONTROL_CHARACTER_MESSAGE);

/** Text that may run over several lines (notes, descriptions): line breaks and tabs are kept. */
export const multiLineText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).trim().regex(MULTI_LINE_TEXT, 'Remove the control characters (like NUL) from this text');

export const emailSchema = plainText().toLowerCase().pipe(z.email('Enter a valid email address').max(254));
/** A password: anything but control characters, untrimmed. */
export const passwordText = () => z.string().regex(SINGLE_LINE_TEXT, CONTROL_CHARACTER_MESSAGE);
export const passwordSchema = passwordText()
  .min(8, 'Password must be at least 8 characters')
  .max(200, 'Password must be at most 200 characters');
export const nameSchema = plainText().min(1, 'Name is required').max(120, 'Name is too long');

/**
 * Indonesian-first phone numbers: `08…`, `628…` and `+628…` all become `+628…`; other countries
 * are accepted in international form.
 */
export const phoneSchema = z
  .string()
  .trim()
  .transform((raw) => raw.replace(/[\s\-().]/g, ''))
  .transform((digits) => {
    if (digits.startsWith('+')) return digits;
    if (digits.startsWith('0')) return `+62${digits.slice(1)}`;
    if (digits.startsWith('62')) return `+${digits}`;
    return digits;
  })
  .pipe(
    z.string().regex(/^\+[1-9]\d{7,14}$/, 'Enter a phone number like 0812 3456 7890 or +62 812 3456 7890'),
  );

export const uuidSchema = z.uuid('Must be a valid id');
export const roleSchema = z.enum(ROLES);
export const venueKindSchema = z.enum(VENUE_KINDS);
export const slugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and dashes');

/** A venue-local calendar date, `YYYY-MM-DD`, that really exists (no 2026-02-30). */
export const localDateSchema = z.string().trim().refine(isValidLocalDate, 'Use a date like 2026-12-31');

/** A venue-local wall-clock time, `HH:MM` from 00:00 to 23:59. */
export const localTimeSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 19:30 (00:00 to 23:59)');

/** An IANA time zone the runtime knows, e.g. `Asia/Jakarta`. */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isValidTimeZone, 'Use an IANA time zone like Asia/Jakarta');
