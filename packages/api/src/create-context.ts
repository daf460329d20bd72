import { checkApiKey, validateSessionToken } from '@reserva/auth';
import {
  type ApiDeps,
  actorFromApiKey,
  actorFromSession,
  type Context,
  type RequestInfo,
} from './context.js';
import { toTRPCError } from './errors.js';

const API_KEY_REFUSALS = {
  invalid: 'This API key is invalid or has been revoked',
  revoked: 'This API key has been revoked',
  expired: 'This API key has expired',
} as const;

/**
 * Resolves the caller once per request. A bearer API key wins over a cookie; an invalid key is
 * refused by the procedures (the caller meant to authenticate), an invalid or expired cookie is cleared and
 * the call goes on signed out, except where it needs a person: there it is UNAUTHORIZED, not "not found".
 */
export async function createContext(deps: ApiDeps, req: RequestInfo): Promise<Context> {
  // Looking the caller up reads the database: when that fails (it is away, say), the answer is the
  // same readable error a procedure would give, not tRPC's raw text of the cause.
  return resolveCaller(deps, req).catch((error: unknown) => {
    throw toTRPCError(error);
  });
}

async function resolveCaller(deps: ApiDeps, req: RequestInfo): Promise<Context> {
  if (req.bearerToken) {
    const check = await checkApiKey(deps.db, req.bearerToken);
    if (!check.ok)
      return { ...deps, req, actor: null, session: null, authError: API_KEY_REFUSALS[check.reason] };
    return { ...deps, req, actor: actorFromApiKey(check.key), session: null, authError: null };
  }
  if (req.sessionToken) {
    const session = await validateSessionToken(deps.db, req.sessionToken);
    if (session) {
      if (session.renewed) req.setSessionCookie(req.sessionToken, session.expiresAt);
      return { ...deps, req, actor: actorFromSession(session), session, authError: null };
    }
    req.clearSessionCookie();
    return { ...deps, req, actor: null, session: null, authError: null, staleSession: true };
  }
  return { ...deps, req, actor: null, session: null, authError: null };
}
