import { isConnectionError } from '@reserva/db';
import { type DomainError, isDomainError, MULTI_LINE_TEXT } from '@reserva/domain';
import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

const CODE_OF: Record<DomainError['kind'], TRPC_ERROR_CODE_KEY> = {
  Validation: 'BAD_REQUEST',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  IllegalTransition: 'CONFLICT',
  Forbidden: 'FORBIDDEN',
  Unauthorized: 'UNAUTHORIZED',
  RateLimited: 'TOO_MANY_REQUESTS',
};

interface PgError {
  code: string;
  constraint?: string;
  detail?: string;
}

const isPgError = (error: unknown): error is PgError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as PgError).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((error as PgError).code) &&
  'severity' in error;

/** Unique constraints users can trip, with the message and field they should see. */
const UNIQUE_MESSAGES: Record<string, { message: string; field?: string }> = {
  users_email_key: { message: 'An account with this email already exists', field: 'email' },
  venues_slug_key: { message: 'Another venue already uses this slug', field: 'slug' },
  resources_label_key: { message: 'Another resource of this venue already has this label', field: 'label' },
  layouts_venue_id_name_key: { message: 'This venue already has a layout with this name', field: 'name' },
};

/** The field a domain error is about travels to the client in `error.data.field`. */
export class FieldedTRPCError extends TRPCError {
  constructor(
    opts: ConstructorParameters<typeof TRPCError>[0],
    readonly field?: string,
  ) {
    super(opts);
  }
}

/**
 * The one place where domain errors and PostgreSQL constraint violations become tRPC errors with a
 * readable message. Anything unknown becomes a bare INTERNAL_SERVER_ERROR that reveals nothing.
 */
export function toTRPCError(error: unknown, rawInput?: unknown): TRPCError {
  if (error instanceof TRPCError && error.cause instanceof ZodError) return readableInputError(error.cause);
  if (error instanceof TRPCError) {
    if (error.code !== 'INTERNAL_SERVER_ERROR' || error.cause === undefined || error.cause === error)
      return error;
    return toTRPCError(error.cause, rawInput);
  }
  if (isDomainError(error)) {
    return new FieldedTRPCError(
      { code: CODE_OF[error.kind], message: error.message, cause: error },
      error.field,
    );
  }
  if (isConnectionError(error)) {
    // A 503 (the HTTP host adds Retry-After) that clients and load balancers know to retry.
    return new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Reserva cannot reach its database right now; try again in a few seconds',
      cause: error,
    });
  }
  if (isPgError(error)) {
    const mapped = fromPgError(error, rawInput);
    if (mapped) return mapped;
  }
  return new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Something went wrong on our side',
    cause: error,
  });
}

/** tRPC's own message for bad input is the JSON of zod's issues; people get the first one in words. */
function readableInputError(zodError: ZodError): TRPCError {
  const issue = zodError.issues[0];
  const path = issue?.path.join('.');
  const message = issue ? (path ? `${path}: ${issue.message}` : issue.message) : 'Invalid input';
  return new TRPCError({ code: 'BAD_REQUEST', message, cause: zodError });
}

/** Where in the input a text holds what PostgreSQL cannot store (NUL, control characters). */
function fieldWithBadText(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return isBadText(value) ? path.join('.') || undefined : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (isBadText(key)) return [...path, key].join('.');
    const found = fieldWithBadText(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

const isBadText = (text: string) => !MULTI_LINE_TEXT.test(text);

function fromPgError(error: PgError, rawInput: unknown): TRPCError | null {
  switch (error.code) {
    // The string schemas refuse these first; this catches any text that slipped past them.
    case '22021':
    case '22P05': {
      const field = fieldWithBadText(rawInput);
      return new FieldedTRPCError(
        {
          code: 'BAD_REQUEST',
          message: `${field ? `${field}: ` : ''}Remove the control characters (like NUL) from this text`,
          cause: error,
        },
        field,
      );
    }
    case '23P01':
      return new TRPCError({
        code: 'CONFLICT',
        message:
          error.constraint === 'events_no_overlap'
            ? 'Another event is already scheduled on this layout at that time'
            : 'That place was just taken for an overlapping time',
        cause: error,
      });
    case '23505': {
      const known = error.constraint ? UNIQUE_MESSAGES[error.constraint] : undefined;
      return new FieldedTRPCError(
        { code: 'CONFLICT', message: known?.message ?? 'This already exists', cause: error },
        known?.field,
      );
    }
    case '23503':
      return new TRPCError({
        code: 'BAD_REQUEST',
        message: 'This refers to something that does not exist',
        cause: error,
      });
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new TRPCError({
        code: 'BAD_REQUEST',
        message: 'A value is out of range or malformed',
        cause: error,
      });
    case '40001':
    case '40P01':
      return new TRPCError({
        code: 'CONFLICT',
        message: 'Someone else changed this at the same moment; try again',
        cause: error,
      });
    default:
      return null;
  }
}
