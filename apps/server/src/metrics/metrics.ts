import { timingSafeEqual } from 'node:crypto';
import type { ApiDeps } from '@reserva/api';
import { appRouter } from '@reserva/api';
import type { DatabaseHandle } from '@reserva/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { countRefundsByState, deleteProbeChanges } from './metrics.repository.js';

export interface MetricsOptions {
  deps: ApiDeps;
  pool: DatabaseHandle['pool'];
  /** Scrapes must send `Authorization: Bearer <token>`; without a token `/metrics` does not exist. */
  token: string | undefined;
}

/** Creates whose outcome is counted: a 2xx placed it, 409 lost a race, other 4xx were refused. */
const CREATES: Record<string, string> = { 'bookings.create': 'booking', 'holds.create': 'hold' };

const outcomeOf = (status: number) =>
  status < 300 ? 'placed' : status === 409 ? 'conflict' : status < 500 ? 'refused' : 'failed';

/**
 * The procedure a request called, as a label with bounded values: a known procedure's path, or
 * `batch`, or the route for everything that is not `/trpc`.
 */
function procedureOf(req: FastifyRequest): string {
  const route = req.routeOptions.url ?? 'unmatched';
  if (route !== '/trpc/:path') return route;
  const path = (req.params as { path?: string }).path ?? '';
  if (path.includes(',')) return 'batch';
  return path in appRouter._def.procedures ? path : 'unknown';
}

/** How long a change takes from commit to this process's subscriber: a probe through the feed. */
async function feedLagSeconds(deps: ApiDeps, topic: string): Promise<number> {
  const signal = AbortSignal.timeout(5_000);
  const started = performance.now();
  const changes = deps.feed.subscribe(topic, { lastEventId: '0', signal });
  const heard = changes.next();
  await deps.db.transaction().execute((trx) => deps.feed.publish(trx, topic, { probe: true }));
  const result = await heard;
  await changes.return(undefined);
  await deleteProbeChanges(deps.db, topic);
  if (result.done) return Number.NaN;
  return (performance.now() - started) / 1000;
}

/**
 * `/metrics` in Prometheus's text format: requests and latency per procedure and status, creates
 * by outcome, refunds by state, change-feed lag, the database pool, and Node's own (event-loop
 * delay among them). Counters are this process's; refunds come from the database, the same in
 * every process.
 */
export function registerMetrics(app: FastifyInstance, options: MetricsOptions): void {
  const { token, pool, deps } = options;
  if (!token) return;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // Read first, before the collectors below take connections for their queries.
  const poolGauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  poolGauge(
    'reserva_db_pool_in_use',
    'Database connections checked out',
    () => pool.totalCount - pool.idleCount,
  );
  poolGauge('reserva_db_pool_idle', 'Database connections open and idle', () => pool.idleCount);
  poolGauge('reserva_db_pool_waiting', 'Queries waiting for a database connection', () => pool.waitingCount);

  const labelNames = ['procedure', 'status'] as const;
  const requests = new Counter({
    name: 'reserva_requests_total',
    help: 'HTTP requests answered, by procedure and status code',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'reserva_request_duration_seconds',
    help: 'Time to answer, by procedure and status code',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const creates = new Counter({
    name: 'reserva_creates_total',
    help: 'Bookings and holds asked for over HTTP, by outcome (placed, conflict, refused, failed)',
    labelNames: ['kind', 'outcome'],
    registers: [registry],
  });
  new Gauge({
    name: 'reserva_refunds',
    help: 'Refunds by state: queued (REFUND_PENDING), done (REFUNDED), failed (REFUND_FAILED)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const counts = await countRefundsByState(deps.db);
      for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
    },
  });
  const probeTopic = `metrics:probe:${process.pid}`;
  new Gauge({
    name: 'reserva_change_feed_lag_seconds',
    help: 'From the commit of a probe change to its delivery to a subscriber in this process',
    registers: [registry],
    async collect() {
      this.set(await feedLagSeconds(deps, probeTopic));
    },
  });
  app.addHook('onResponse', (req, reply, done) => {
    const procedure = procedureOf(req);
    const status = String(reply.statusCode);
    requests.inc({ procedure, status });
    latency.observe({ procedure, status }, reply.elapsedTime / 1000);
    const kind = CREATES[procedure];
    if (kind) creates.inc({ kind, outcome: outcomeOf(reply.statusCode) });
    done();
  });

  const expected = Buffer.from(`Bearer ${token}`);
  app.get('/metrics', async (req, reply) => {
    const sent = Buffer.from(req.headers.authorization ?? '');
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'metrics token required' });
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
