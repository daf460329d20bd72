import { useQueryClient } from '@tanstack/react-query';
import type { UseTRPCMutationResult, UseTRPCQueryResult } from '@trpc/react-query/shared';
import { useCallback } from 'react';
import { isMeQuery } from '../api/query-keys';
import { type ApiError, type RouterInputs, trpc, type User } from '../api/trpc';

type Mutation<Output, Input> = UseTRPCMutationResult<Output, ApiError, Input, unknown>;

/** The signed-in user, or null. Every screen reads identity from this one cached query. */
export const useMe = (): UseTRPCQueryResult<User | null, ApiError> =>
  trpc.auth.me.useQuery(undefined, { staleTime: 5 * 60_000 });

function useSwitchUser() {
  const queryClient = useQueryClient();
  const utils = trpc.useUtils();
  return useCallback(
    (user: User | null) => {
      // Nothing fetched under the previous identity may show under the next one.
      queryClient.removeQueries({ predicate: (query) => !isMeQuery(query.queryKey) });
      utils.auth.me.setData(undefined, user);
    },
    [queryClient, utils],
  );
}

export function useSignIn(): Mutation<User, RouterInputs['auth']['login']> {
  const switchUser = useSwitchUser();
  return trpc.auth.login.useMutation({ onSuccess: (user) => switchUser(user) });
}

export function useRegister(): Mutation<User, RouterInputs['auth']['register']> {
  const switchUser = useSwitchUser();
  return trpc.auth.register.useMutation({ onSuccess: (user) => switchUser(user) });
}

export function useSignOut(): Mutation<{ ok: true }, void> {
  const switchUser = useSwitchUser();
  // Forget the user locally even if the request failed: a stale session must not keep showing data.
  return trpc.auth.logout.useMutation({ onSettled: () => switchUser(null) });
}
