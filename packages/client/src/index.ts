import type { AppRouter } from '@reserva/api';
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  retryLink,
  splitLink,
  type TRPCClient,
  type TRPCLink,
} from '@trpc/client';
import { EventSource, type FetchLike } from 'eventsource';

/** The server refuses a batch of more calls (`MAX_CALLS_PER_BATCH` in @reserva/domain); the link splits at it. */
const MAX_CALLS_PER_BATCH = 10;

export type { AppRouter, RouterInputs, RouterOutputs, SeatChange, SeatStatus } from '@reserva/api';
export { isTRPCClientError, TRPCClientError } from '@trpc/client';

export interface ClientOptions {
  /** Where Reserva runs, e.g. `https://booking.example.id` (the `/trpc` path is added when missing). */
  url: string;
  /** Sent as `Authorization: Bearer …` on every call, subscriptions included. */
  apiKey?: string;
  /** A fetch to use instead of the global one (proxies, tests, custom agents). */
  fetch?: typeof globalThis.fetch;
}

/** Creates a customer retries safely: the server stores their first answer per `Idempotency-Key`. */
const IDEMPOTENT_CREATES = new Set(['bookings.create', 'holds.create']);

/**
 * Gives each create its own key, unless the caller brought one
 * (`mutate(input, { context: { idempotencyKey } })`, to retry across restarts of the caller). It
 * runs before the retry link, so the key stays the same through every retry of the call.
 */
const idempotencyKeyLink: TRPCLink<AppRouter> =
  () =>
  ({ op, next }) =>
    next(
      IDEMPOTENT_CREATES.has(op.path) && typeof op.context.idempotencyKey !== 'string'
        ? { ...op, context: { ...op.context, idempotencyKey: globalThis.crypto.randomUUID() } }
        : op,
    );

/**
 * The typed Reserva client for other TypeScript apps: queries and mutations over batched HTTP
 * (`bookings.create` and `holds.create` one per request, each with its own `Idempotency-Key`, and
 * retried under it when the answer is lost), subscriptions over Server-Sent Events (which Node lacks natively, hence the `eventsource` package).
 */
export function createClient({
  url,
  apiKey,
  fetch = globalThis.fetch,
}: ClientOptions): TRPCClient<AppRouter> {
  const base = url.replace(/\/+$/, '');
  const endpoint = base.endsWith('/trpc') ? base : `${base}/trpc`;
  const auth: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
  const fetchWithAuth: FetchLike = (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string> | undefined), ...auth } });

  return createTRPCClient<AppRouter>({
    links: [
      idempotencyKeyLink,
      // A create whose answer was lost (no answer, or the server or a proxy was unavailable) is
      // sent again under the same key: it books once, and the retry gets the first answer.
      retryLink({
        retry: ({ op, error, attempts }) =>
          IDEMPOTENT_CREATES.has(op.path) &&
          attempts <= 3 &&
          (!error.data || [502, 503, 504].includes(error.data.httpStatus)),
        retryDelayMs: (attempt) => 250 * 2 ** attempt,
      }),
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url: endpoint,
          EventSource,
          eventSourceOptions: { fetch: fetchWithAuth },
        }),
        false: splitLink({
          condition: (op) => IDEMPOTENT_CREATES.has(op.path),
          // One create per request: the Idempotency-Key header is one per request.
          true: httpLink({
            url: endpoint,
            fetch,
            headers: ({ op }) => ({ ...auth, 'idempotency-key': String(op.context.idempotencyKey) }),
          }),
          false: httpBatchLink({ url: endpoint, fetch, headers: () => auth, maxItems: MAX_CALLS_PER_BATCH }),
        }),
      }),
    ],
  });
}

export type ReservaClient = ReturnType<typeof createClient>;
