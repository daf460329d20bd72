import { type ApiDeps, readCalendarFeed } from '@reserva/api';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The private iCal links: `/calendar/venues/<token>.ics` (a staff member's view of one venue) and
 * `/calendar/me/<token>.ics` (a person's own bookings). Calendar apps fetch them with no cookie or
 * header, so the token in the path is the credential: unknown is 404, replaced or revoked is 401.
 * The request log writes these paths without the token (logger.ts).
 */
export function registerCalendarFeeds(app: FastifyInstance, deps: ApiDeps): void {
  const answer = async (kind: 'venue' | 'me', file: string, reply: FastifyReply) => {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const feed = await readCalendarFeed({ db: deps.db, kind, token });
    reply.header('cache-control', 'private, no-cache').header('x-robots-tag', 'noindex');
    if (feed.kind === 'unknown')
      return reply.code(404).type('text/plain; charset=utf-8').send('No calendar at this link');
    if (feed.kind === 'revoked') return reply.code(401).type('text/plain; charset=utf-8').send(feed.message);
    return reply.type('text/calendar; charset=utf-8').send(feed.ics);
  };
  app.get<{ Params: { file: string } }>('/calendar/venues/:file', (req, reply) =>
    answer('venue', req.params.file, reply),
  );
  app.get<{ Params: { file: string } }>('/calendar/me/:file', (req, reply) =>
    answer('me', req.params.file, reply),
  );
}
