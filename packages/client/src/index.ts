import type { AppRouter } from '@reserva/api';
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
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

/**
 * The typed Reserva client for other TypeScript apps: queries and mutations over batched HTTP,
 * subscriptions over Server-Sent Events (which Node lacks natively, hence the `eventsource` package).
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
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url: endpoint,
          EventSource,
          eventSourceOptions: { fetch: fetchWithAuth },
        }),
        false: httpBatchLink({ url: endpoint, fetch, headers: () => auth, maxItems: MAX_CALLS_PER_BATCH }),
      }),
    ],
  });
}

export type ReservaClient = ReturnType<typeof createClient>;
