import { useMemo, useRef } from 'react';
import { errorCode } from './errors';
import { newIdempotencyKey } from './idempotency-key';

/**
 * One idempotency key per attempt at a money-moving call. While the outcome is unknown (no answer
 * came back: the network dropped), a retry, automatic or by pressing again, sends the same key, so
 * money that did move never moves twice; once the server has answered, the next press is a new
 * attempt with a new key.
 */
export function useAttemptKey() {
  const key = useRef<string | null>(null);
  return useMemo(
    () => ({
      /** This attempt's key (made on first use). */
      current: (): string => {
        key.current ??= newIdempotencyKey();
        return key.current;
      },
      /** The call ended: with no error, or an answered one, the attempt is over. */
      settle: (error?: unknown): void => {
        if (error === undefined || errorCode(error) !== 'NETWORK') key.current = null;
      },
    }),
    [],
  );
}
