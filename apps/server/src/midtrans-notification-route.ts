import { type ApiDeps, handleMidtransNotification } from '@reserva/api';
import type { FastifyInstance } from 'fastify';

/** The address to give Midtrans as its "Payment Notification URL" (`PUBLIC_URL` + this path). */
export const MIDTRANS_NOTIFICATION_PATH = '/payments/midtrans/notification';

export function registerMidtransNotifications(app: FastifyInstance, deps: ApiDeps, serverKey: string) {
  app.post(MIDTRANS_NOTIFICATION_PATH, async (request, reply) => {
    const answer = await handleMidtransNotification(
      { db: deps.db, feed: deps.feed, serverKey },
      request.body,
    );
    if (answer.statusCode === 401)
      request.log.warn('a Midtrans notification with a wrong signature was refused');
    return reply.code(answer.statusCode).send(answer.body);
  });
}
