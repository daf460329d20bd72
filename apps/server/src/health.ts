import { type Db, outageReporter } from '@reserva/db';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { replyStatus } from './retry-after.js';

/** What `/readyz` tells about the database connections of this process (a `pg` pool has these). */
export interface PoolCounts {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

export function registerHealth(app: FastifyInstance, db: Db, pool?: PoolCounts): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  // A load balancer asks every few seconds: an outage is one warning now and then, not one per ask.
  const report = outageReporter(app.log);
  app.get('/readyz', async (_req, reply) => {
    try {
      await sql`SELECT 1`.execute(db);
    } catch (error) {
      report(error, 'readiness check failed');
      return replyStatus(reply, 503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
    if (!pool) return { status: 'ready' };
    return {
      status: 'ready',
      connections: { open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount },
    };
  });
}
