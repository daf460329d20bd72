import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './router.js';

export type { Actor, ApiConfig, ApiDeps, Context, RequestInfo } from './context.js';
export { createContext } from './create-context.js';
export { toTRPCError } from './errors.js';
export { type Change, type ChangeFeed, createChangeFeed } from './live/change-feed.js';
export { publishSeatChange, type SeatChange, type SeatStatus, seatTopic } from './live/seat-changes.js';
export {
  MIDTRANS_PRODUCTION_URL,
  MIDTRANS_SANDBOX_URL,
  type MidtransConfig,
  MidtransRefusal,
} from './payments/midtrans/midtrans-api.js';
export { createMidtransGateway } from './payments/midtrans/midtrans-gateway.js';
export { handleMidtransNotification } from './payments/midtrans/midtrans-notification-handler.js';
export * from './payments/provider.js';
export {
  createSimulatedCardGateway,
  type SimulatedGatewayOptions,
  TEST_CARDS,
} from './payments/simulated-card-gateway.js';
export { type AppRouter, appRouter } from './router.js';
export { createCallerFactory } from './trpc.js';
export { ensureJobQueues, startWorker, type Worker, type WorkerLogger } from './worker/index.js';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
