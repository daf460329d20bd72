import { validateSessionToken, verifyApiKey } from '@reserva/auth';
import {
  type ApiDeps,
  actorFromApiKey,
  actorFromSession,
  type Context,
  type RequestInfo,
} from './context.js';

/**
 * Resolves the caller once per request. A bearer API key wins over a cookie; an invalid key is
 * refused by the procedures (the caller meant to authenticate), an invalid or expired cookie is cleared and
 * the call goes on signed out, except where it needs a person: there it is UNAUTHORIZED, not "not found".
 */
export async function createContext(deps: ApiDeps, req: RequestInfo): Promise<Context> {
  if (req.bearerToken) {
    const key = await verifyApiKey(deps.db, req.bearerToken);
    if (!key)
      return {
        ...deps,
        req,
        actor: null,
        session: null,
        authError: 'This API key is invalid or has been revoked',
      };
    return { ...deps, req, actor: actorFromApiKey(key), session: null, authError: null };
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
