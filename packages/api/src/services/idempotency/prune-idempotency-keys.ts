import { pruneIdempotencyKeys } from '../../repositories/idempotency-keys.repository.js';
import type { Sweep } from '../sweeps.service.js';

/** How long a create's first answer is kept for its retries. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60_000;

export const pruneOldIdempotencyKeys: Sweep = ({ db, now }) =>
  pruneIdempotencyKeys(db, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS));
