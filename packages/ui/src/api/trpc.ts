import type { AppRouter } from '@reserva/api';
import type { TRPCClientErrorLike } from '@trpc/client';
import { createTRPCReact } from '@trpc/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** The typed hooks both SPAs use; the types come from the server's router, nothing is generated. */
export const trpc = createTRPCReact<AppRouter>();

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type User = NonNullable<RouterOutputs['auth']['me']>;
export type ApiError = TRPCClientErrorLike<AppRouter>;
