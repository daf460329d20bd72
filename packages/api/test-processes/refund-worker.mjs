// A worker process for the refund fault test (packages/api/src/services/payments/refund-faults.test.ts):
// the real background worker of the built package, on the test database, its simulated gateway
// failing a share of calls, with retries in seconds so a SIGKILLed worker's jobs come back quickly.
import { createChangeFeed, createSimulatedCardGateway, startWorker } from '@reserva/api';
import { connectDatabase } from '@reserva/db';

const { url, gatewayFailureRate } = JSON.parse(process.argv[2]);
const { db } = connectDatabase({ url });
const feed = createChangeFeed(db, { url });
const quiet = { info() {}, warn() {}, error: (_object, message) => process.stderr.write(`${message}\n`) };
await startWorker({
  db,
  url,
  logger: quiet,
  cardGateway: createSimulatedCardGateway(db, { transientFailureRate: gatewayFailureRate }),
  feed,
  maintenanceIntervalSeconds: 1,
  refunds: {
    retryLimit: 8,
    retryDelaySeconds: 1,
    retryBackoff: false,
    expireInSeconds: 5,
    batchSize: 5,
    pollingIntervalSeconds: 0.5,
  },
});
process.stdout.write('ready\n');
