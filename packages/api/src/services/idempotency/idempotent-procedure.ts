import { conflict } from '@reserva/domain';
import { middlewareMarker } from '@trpc/server/unstable-core-do-not-import';
import type { Context } from '../../context.js';
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  saveIdempotentResponse,
} from '../../repositories/idempotency-keys.repository.js';
import { publicProcedure } from '../../trpc.js';
import { isPgError } from '../bookings/insert-booking.js';
import {
  canonicalJson,
  checkedIdempotencyKey,
  IDEMPOTENCY_HEADER,
  idempotencyScope,
  keyOfCall,
  openResponse,
  sealResponse,
  sha256,
} from './idempotency-key.js';

/** The procedure failed: its transaction rolls back, the key is free again, and the error is answered. */
class Failed {
  constructor(readonly result: unknown) {}
}

/**
 * Failures that only say "this transaction lost a race", where the create's own retry cannot run
 * inside the one transaction the key shares with it (a deadlock, a drawn booking code already in
 * use, or a statement after such an error): the whole transaction runs again.
 */
const isRetryable = (cause: unknown) =>
  isPgError(cause, '40P01') ||
  isPgError(cause, '40001') ||
  isPgError(cause, '25P02') ||
  isPgError(cause, '23505', 'bookings_code_key');

const ATTEMPTS = 3;

/**
 * A create a customer may retry. Without an `Idempotency-Key` header nothing changes (not a query
 * more). With one, the create runs in one transaction with its key's row, scoped per caller; the
 * first answer is stored in that row, so a retry with the same key and the same input gets the
 * same answer (the same booking, the same hold), whatever happened to the first response, and the
 * same key with another input is refused. Failures are not stored: the key stays free, and a
 * retry runs the create again. `onReplay` redoes what the answer did outside the database (cookies).
 */
export function idempotentProcedure<TAnswer>(onReplay?: (ctx: Context, answer: TAnswer) => void) {
  return publicProcedure.use(async ({ ctx, path, getRawInput, batchIndex, next }) => {
    const header = ctx.req.idempotencyKey;
    if (header === undefined) return next();
    const key = keyOfCall(checkedIdempotencyKey(header), batchIndex);
    const scope = idempotencyScope(ctx.actor);
    const keyHash = sha256(key);
    const requestHash = sha256(`${path}\n${canonicalJson(await getRawInput())}`);

    for (let attempt = 1; ; attempt++) {
      try {
        return await ctx.db.transaction().execute(async (trx) => {
          if (!(await claimIdempotencyKey(trx, { scope, keyHash, procedure: path, requestHash }))) {
            const first = await findIdempotencyKey(trx, scope, keyHash);
            if (first.procedure !== path || !first.requestHash.equals(requestHash) || !first.response) {
              throw conflict(
                `This ${IDEMPOTENCY_HEADER} was already used for a different request; send a new key for a new request`,
                IDEMPOTENCY_HEADER,
              );
            }
            const answer = openResponse(key, scope, first.response);
            onReplay?.(ctx, answer as TAnswer);
            return { ok: true as const, data: answer, marker: middlewareMarker };
          }
          const result = await next({ ctx: { db: trx } });
          if (!result.ok) throw new Failed(result);
          await saveIdempotentResponse(trx, scope, keyHash, sealResponse(key, scope, result.data));
          return result;
        });
      } catch (error) {
        if (!(error instanceof Failed)) throw error;
        const { result } = error as { result: { error: { cause?: unknown } } };
        if (attempt < ATTEMPTS && isRetryable(result.error.cause)) continue;
        return result as never;
      }
    }
  });
}
