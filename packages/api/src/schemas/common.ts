import { z } from 'zod';

/**
 * Timestamps leave the API as ISO-8601 strings: what JSON carries anyway, so the inferred client
 * type (string) is the truth, and no transformer is needed on any client.
 */
export const isoDateOutput = z.date().transform((date) => date.toISOString());
