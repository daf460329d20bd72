import type { Context } from './context.js';

/**
 * CSRF defence for cookie sessions: a state-changing request that rides on a session cookie must
 * come from our own origin. A request with an Origin header from elsewhere is refused even when it
 * carries no session, so nobody can sign a victim in to an attacker's account either.
 */
export function isOriginAllowed(ctx: Pick<Context, 'req' | 'session' | 'config'>): boolean {
  const { origin, host } = ctx.req;
  if (!origin) return ctx.session === null;
  if (ctx.config.allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
