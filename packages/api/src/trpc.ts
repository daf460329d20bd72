import { hasRole, MAX_CALLS_PER_BATCH, type Role } from '@reserva/domain';
import { initTRPC, TRPCError } from '@trpc/server';
// Brings tRPC's internal type module into the program so declaration emit can name router types
// (e.g. the tracked() envelope of subscriptions) for the typed client.
import type {} from '@trpc/server/unstable-core-do-not-import';
import { ZodError, z } from 'zod';
import type { Actor, Context } from './context.js';
import { FieldedTRPCError, toTRPCError } from './errors.js';
import { isOriginAllowed } from './origin.js';
import type { ApiMeta } from './rest/meta.js';
import { recordAdminMutation } from './services/audit/record-admin-mutation.js';
import { venueRefsOf, venuesOfRefs } from './services/scoping/venue-refs.js';

/** What a procedure declares about itself: its REST path, and how it meets venue scoping. */
export type ProcedureMeta = ApiMeta & VenueScopeMeta;

// A type, not an interface: trpc-to-openapi wants meta with an index signature.
type VenueScopeMeta = {
  /**
   * `filtered`: a list that narrows itself to the caller's venues, so a venue-limited caller may
   * call it without naming a venue. Any other staff or admin procedure naming no venue needs a
   * caller who acts on every venue.
   */
  venues?: 'filtered';
};

const BATCH_TOO_LARGE = 'Batch call exceeds maximum size';

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    // Never send stack traces to clients, whatever NODE_ENV says.
    isDev: false,
    // Pings keep SSE streams alive through proxies; a client that hears nothing for 20 s reconnects
    // and resumes from its last event id.
    sse: {
      ping: { enabled: true, intervalMs: 10_000 },
      client: { reconnectAfterInactivityMs: 20_000 },
    },
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
      const field =
        error instanceof FieldedTRPCError
          ? error.field
          : zodError
            ? Object.keys(zodError.fieldErrors)[0]
            : undefined;
      // tRPC's own words for an oversized batch do not say what to do.
      const message =
        error.message === BATCH_TOO_LARGE
          ? `Too many calls in one batch: send at most ${MAX_CALLS_PER_BATCH} at a time (none of these was run)`
          : shape.message;
      return { ...shape, message, data: { ...shape.data, zodError, field: field ?? null } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure goes through here: credentials and the Origin of mutations are checked, and
 * domain and database errors leave as readable tRPC errors. One middleware, not two: each layer
 * costs every call.
 */
const guard = t.middleware(async ({ ctx, type, next, getRawInput }) => {
  if (ctx.authError) throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.authError });
  if (type === 'mutation' && !isOriginAllowed(ctx)) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'This request came from another website and was refused',
    });
  }
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error, await getRawInput().catch(() => undefined));
  return result;
});

export const publicProcedure = t.procedure.use(guard);

/** What a caller without a working session is told when a procedure needs one. */
export const signInMessage = (ctx: Pick<Context, 'staleSession'>) =>
  ctx.staleSession ? 'Your session has expired; sign in again' : 'Sign in first';

const requireRole = (role: Role) =>
  t.middleware(({ ctx, next }) => {
    if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: signInMessage(ctx) });
    if (!hasRole(ctx.actor.role, role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `Only ${role} accounts can do this` });
    }
    return next({ ctx: { ...ctx, actor: ctx.actor as Actor } });
  });

/**
 * Staff and admin calls act only on the caller's venues: the venue of every row the input names
 * (`venueId`, a booking's id or code, an event, resource, layout, claim code) must be one of them.
 * Callers acting on every venue (admins, unlimited keys) skip the lookups.
 */
const venueScoped = t.middleware(async ({ ctx, path, meta, getRawInput, next }) => {
  const scope = ctx.actor?.venueIds;
  if (!scope) return next();
  const refs = venueRefsOf(path, await getRawInput());
  if (refs.length === 0) {
    if (meta?.venues === 'filtered') return next();
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'This account or key is limited to some venues; this needs access to every venue',
    });
  }
  const venues = await venuesOfRefs(ctx.db, refs);
  if (venues.some((venue) => !scope.includes(venue))) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This account or key does not act for this venue' });
  }
  return next();
});

/** Every admin mutation is written to the audit log, in the same transaction as the change. */
const audited = t.middleware(({ ctx, type, path, getRawInput, next }) => {
  if (type !== 'mutation' || !ctx.actor) return next();
  const actor = ctx.actor;
  return recordAdminMutation({ db: ctx.db, actor, path, getRawInput }, (db) => next({ ctx: { ...ctx, db } }));
});

/**
 * Procedures that find a booking for its owner (or staff, or a guest with its manage link): to a
 * caller whose session ran out, "not found" would mislead; they are told to sign in again (401).
 */
export const bookingReaderProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok && ctx.staleSession && toTRPCError(result.error).code === 'NOT_FOUND') {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: signInMessage(ctx) });
  }
  return result;
});

export const authedProcedure = publicProcedure.use(requireRole('customer'));
export const staffProcedure = publicProcedure.use(requireRole('staff')).use(venueScoped);
export const adminProcedure = publicProcedure.use(requireRole('admin')).use(venueScoped).use(audited);

/** Procedures that need a person, not an API key (e.g. "my bookings", sign out). */
export const userProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.actor.kind !== 'user') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This needs a signed-in person, not an API key' });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});
