import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './router.js';

export { MAX_CALLS_PER_BATCH } from '@reserva/domain';
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
export type { ApiMeta } from './rest/meta.js';
export { createOpenApiDocument, REST_BASE_PATH } from './rest/openapi-document.js';
export { callRest, createRestRoutes, type RestErrorBody } from './rest/rest-call.js';
export { type AppRouter, appRouter } from './router.js';
export { readCalendarFeed } from './services/calendar/calendar-feeds.service.js';
export { makeManageLink, makeManageToken } from './services/guest-access/manage-token.js';
export { createCallerFactory, type ProcedureMeta } from './trpc.js';
export { ensureJobQueues, startWorker, type Worker, type WorkerLogger } from './worker/index.js';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
