import type { Db } from '@reserva/db';
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
  app.get('/readyz', async (_req, reply) => {
    try {
      await sql`SELECT 1`.execute(db);
    } catch (error) {
      app.log.warn({ err: error }, 'readiness check failed: database unreachable');
      return replyStatus(reply, 503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
    if (!pool) return { status: 'ready' };
    return {
      status: 'ready',
      connections: { open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount },
    };
  });
}
