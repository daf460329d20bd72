import {
  type CardGateway,
  createMidtransGateway,
  createSimulatedCardGateway,
  MIDTRANS_PRODUCTION_URL,
  MIDTRANS_SANDBOX_URL,
  type MidtransConfig,
} from '@reserva/api';
import type { Db } from '@reserva/db';
import type { Env } from './env.js';

/** The Midtrans keys and host the environment names, when `PAYMENT_PROVIDER=midtrans`. */
export function midtransConfigOf(env: Env): MidtransConfig | undefined {
  if (env.PAYMENT_PROVIDER !== 'midtrans' || !env.MIDTRANS_SERVER_KEY || !env.MIDTRANS_CLIENT_KEY)
    return undefined;
  return {
    serverKey: env.MIDTRANS_SERVER_KEY,
    clientKey: env.MIDTRANS_CLIENT_KEY,
    apiUrl:
      env.MIDTRANS_API_URL ?? (env.MIDTRANS_IS_PRODUCTION ? MIDTRANS_PRODUCTION_URL : MIDTRANS_SANDBOX_URL),
  };
}

/** Midtrans when it is configured, else the simulated gateway (the default). */
export const createCardGateway = (
  db: Db,
  midtrans: MidtransConfig | undefined,
  gatewayFailureRate = 0,
): CardGateway =>
  midtrans
    ? createMidtransGateway(db, midtrans)
    : createSimulatedCardGateway(db, { transientFailureRate: gatewayFailureRate });
