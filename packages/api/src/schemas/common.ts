import { z } from 'zod';

/**
 * Timestamps leave the API as ISO-8601 strings: what JSON carries anyway, so the inferred client
 * type (string) is the truth, and no transformer is needed on any client.
 */
export const isoDateOutput = z
  .date()
  .transform((date) => date.toISOString())
  // What OpenAPI documents for it (a transform has no JSON Schema of its own).
  .meta({ type: 'string', format: 'date-time' });

/** An instant with its offset, e.g. `2026-12-31T19:00:00+07:00`, as a Date. */
export const instantInput = z.iso
  .datetime({ offset: true, message: 'Use an ISO date-time with offset, like 2026-12-31T19:00:00+07:00' })
  .transform((value) => new Date(value));

/** `text` as an ILIKE pattern matching it anywhere, with LIKE's wildcards taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
