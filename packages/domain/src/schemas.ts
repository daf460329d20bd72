import { z } from 'zod';
import { ROLES } from './roles.js';
import { VENUE_KINDS } from './venue.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address').max(254));
export const passwordSchema = z
  .string()
  .min(8, 'Password must be at least 8 characters')
  .max(200, 'Password must be at most 200 characters');
export const nameSchema = z.string().trim().min(1, 'Name is required').max(120, 'Name is too long');

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
