import type { QueryKey } from '@tanstack/react-query';

/** tRPC keys start with the procedure path as an array: `[['auth', 'me'], { type: 'query' }]`. */
export const isMeQuery = (key: QueryKey): boolean => Array.isArray(key[0]) && key[0].join('.') === 'auth.me';
