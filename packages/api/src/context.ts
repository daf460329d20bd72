import type { ApiKeyActor, SessionUser, ValidSession } from '@reserva/auth';
import type { Db } from '@reserva/db';
import type { Role } from '@reserva/domain';
import type { ChangeFeed } from './live/change-feed.js';
import type { CardGateway } from './payments/provider.js';

/**
 * Who is calling: a signed-in user (cookie session) or an API key acting with its role.
 * `venueIds` limits staff and admin procedures to those venues; null means every venue (admins,
 * keys created without venues, and customers, whose own actions are not tied to a venue).
 */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      role: Role;
      label: string;
      user: SessionUser;
      venueIds: readonly string[] | null;
    }
  | {
      kind: 'apiKey';
      userId: null;
      role: Role;
      label: string;
      keyId: string;
      venueIds: readonly string[] | null;
    };

/** What the HTTP host tells the API about the request; the API never touches Fastify itself. */
export interface RequestInfo {
  ip: string;
  /** The `Origin` header, if the client sent one. */
  origin: string | undefined;
  /** The `Host` header, to compare with `Origin`. */
  host: string | undefined;
  sessionToken: string | undefined;
  bearerToken: string | undefined;
  /** The `Idempotency-Key` header: makes a create safe to retry (`idempotent-procedure.ts`). */
  idempotencyKey?: string | undefined;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  /** The seat-hold token cookie: lets a seat map show this browser's own held seats as "heldByYou". */
  holdToken: string | undefined;
  setHoldCookie(token: string, expiresAt: Date): void;
  clearHoldCookie(): void;
}

export interface ApiConfig {
  /** Origins besides the request's own host allowed to send cookie-authenticated mutations. */
  allowedOrigins: readonly string[];
  /** Signs guest manage links (`RESERVA_SECRET`); when unset, a secret kept in the database. */
  manageLinkSecret?: string | undefined;
}

export interface ApiDeps {
  db: Db;
  feed: ChangeFeed;
  /** Where card payments and refunds go (the simulated gateway until a real one is configured). */
  cardGateway: CardGateway;
  config: ApiConfig;
}

export interface Context extends ApiDeps {
  req: RequestInfo;
  actor: Actor | null;
  session: ValidSession | null;
  /** Set when the caller sent credentials that do not work; every procedure then answers UNAUTHORIZED. */
  authError: string | null;
  /** The caller sent a session cookie that no longer works (expired, signed out): they meant to be signed in. */
  staleSession?: boolean;
}

export function actorFromSession(session: ValidSession): Actor {
  return {
    kind: 'user',
    userId: session.user.id,
    role: session.user.role,
    label: session.user.email,
    user: session.user,
    venueIds: session.user.role === 'staff' ? session.venueIds : null,
  };
}

export function actorFromApiKey(key: ApiKeyActor): Actor {
  return {
    kind: 'apiKey',
    userId: null,
    role: key.role,
    label: `api-key:${key.name}`,
    keyId: key.keyId,
    venueIds: key.venueIds,
  };
}
