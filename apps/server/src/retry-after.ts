import type { FastifyReply } from 'fastify';

/** How long a client or load balancer should wait before calling again after a 503. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Sets the answer's status. A 503 is what Reserva answers while its database is away (a restart, a
 * failover); it also says when to try again, so clients and load balancers retry, not give up.
 */
export function replyStatus(reply: FastifyReply, status: number): FastifyReply {
  reply.code(status);
  return status === 503 ? reply.header('retry-after', String(RETRY_AFTER_SECONDS)) : reply;
}
