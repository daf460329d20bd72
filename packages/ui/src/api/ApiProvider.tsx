import { MAX_CALLS_PER_BATCH } from '@reserva/domain';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { type ReactNode, useState } from 'react';
import { errorCode, isClientError } from './errors';
import { isMeQuery } from './query-keys';
import { trpc } from './trpc';

const MAX_RETRIES = 2;

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that ended mid-use: ask who we are again, so the app shows sign-in instead of errors.
      onError: (error, query) => {
        if (errorCode(error) === 'UNAUTHORIZED' && !isMeQuery(query.queryKey)) {
          void client.invalidateQueries({ predicate: (candidate) => isMeQuery(candidate.queryKey) });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx (signed out, forbidden, not found, bad input) will not change by asking again.
        retry: (failures, error) => !isClientError(error) && failures < MAX_RETRIES,
      },
    },
  });
  return client;
}

export function ApiProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() =>
    trpc.createClient({
      links: [
        // Subscriptions (live seat maps) stream over SSE: the browser's EventSource on the same
        // relative URL, so the hold and session cookies go along and it reconnects by itself,
        // resuming from the last event id it saw. Everything else is batched over fetch.
        splitLink({
          condition: (op) => op.type === 'subscription',
          true: httpSubscriptionLink({ url: '/trpc', eventSourceOptions: { withCredentials: true } }),
          false: httpBatchLink({
            // Relative: the SPAs are served by the API host (or proxied by Vite in dev), so the
            // session cookie and the server's Origin check both see one origin.
            url: '/trpc',
            maxItems: MAX_CALLS_PER_BATCH,
            fetch: (url, options) => fetch(url, { ...options, credentials: 'same-origin' }),
          }),
        }),
      ],
    }),
  );
  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}
