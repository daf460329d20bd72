import { pino } from 'pino';
import type { Env } from './env.js';

/**
 * Requests are logged by method and path only: tRPC puts query inputs (a hold token, a claim code)
 * in the query string, and no token or secret may reach a log.
 */
export function createLogger(env: Pick<Env, 'LOG_LEVEL' | 'NODE_ENV'>) {
  return pino({
    level: env.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        // A calendar link's token is its path: the link is the credential.
        path: req.url.split('?')[0]?.replace(/^\/calendar\/(venues|me)\/[^/]+/, '/calendar/$1/[token]'),
        ip: req.ip,
      }),
    },
    ...(env.NODE_ENV !== 'production' && process.stdout.isTTY
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  });
}
