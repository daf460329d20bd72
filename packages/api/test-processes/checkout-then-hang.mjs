// A server process for the crash test (packages/api/src/services/payments/lost-charge.test.ts): it
// pays the given holds through the real API router and the simulated gateway, but every charge
// that lands then waits forever instead of committing, and it prints `charged` each time — so the
// test can SIGKILL it with every charge made and none recorded. Runs the built package (dist).
import {
  appRouter,
  createCallerFactory,
  createChangeFeed,
  createContext,
  createSimulatedCardGateway,
} from '@reserva/api';
import { connectDatabase } from '@reserva/db';

const { url, holdTokens } = JSON.parse(process.argv[2]);
const { db } = connectDatabase({ url });
const feed = createChangeFeed(db, { url });
const gateway = createSimulatedCardGateway(db);
const hanging = {
  ...gateway,
  async charge(request) {
    const result = await gateway.charge(request);
    process.stdout.write(`charged ${result.outcome}\n`);
    return new Promise(() => {});
  },
};
const deps = { db, feed, cardGateway: hanging, config: { allowedOrigins: [] } };
const request = () => ({
  ip: '203.0.113.9',
  origin: undefined,
  host: 'reserva.test',
  sessionToken: undefined,
  bearerToken: undefined,
  setSessionCookie() {},
  clearSessionCookie() {},
  holdToken: undefined,
  setHoldCookie() {},
  clearHoldCookie() {},
});
const caller = createCallerFactory(appRouter)(() => createContext(deps, request()));
for (const [i, holdToken] of holdTokens.entries()) {
  caller.holds
    .checkout({
      holdToken,
      payment: { method: 'card', card: { number: '4242 4242 4242 4242' } },
      idempotencyKey: `crash-checkout-${i}`,
    })
    .catch((error) => process.stdout.write(`error ${error.message}\n`));
}
