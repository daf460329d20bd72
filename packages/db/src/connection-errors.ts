/** Node's socket errors: the server is not there, went away, or cannot be reached. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's codes for "cannot serve you now", not "your statement is wrong": shutting down
 * (57P01 admin, 57P02 crash), starting up or recovering (57P03), out of connection slots (53300),
 * and the whole class 08 (connection exceptions).
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What `pg` and `pg-pool` say when a connection is lost or none can be had in time. */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^timeout expired$/,
  /is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
  /\bE(CONNREFUSED|CONNRESET|TIMEDOUT|HOSTUNREACH|NETUNREACH)\b/,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * True when `error` means the database cannot be reached right now (a restart, a failover, a
 * network fault, every connection busy past the timeout) rather than that a statement failed: the
 * caller may try again shortly. Looks through `cause` and an `AggregateError`'s errors (Node's
 * connect to a host with several addresses).
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, message, cause, errors } = error as ErrorLike;
  if (
    typeof code === 'string' &&
    (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))
  )
    return true;
  if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isConnectionError(inner, depth + 1))) return true;
  return cause !== undefined && cause !== error && isConnectionError(cause, depth + 1);
}

interface OutageLogger {
  /** Falls back to `error` when the logger has no warn level. */
  warn?(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/**
 * For loops that keep hitting the database while it is away (job polling, sweeps, idle
 * connections): a lost database is logged as a warning at most once per `everyMs`, not once per
 * attempt; any other error is logged every time.
 */
export function outageReporter(logger: OutageLogger, everyMs = 30_000) {
  let lastWarnedAt = Number.NEGATIVE_INFINITY;
  return (error: unknown, message: string, context: object = {}): void => {
    if (!isConnectionError(error)) {
      logger.error({ ...context, err: error }, message);
      return;
    }
    const now = Date.now();
    if (now - lastWarnedAt < everyMs) return;
    lastWarnedAt = now;
    const warn = logger.warn ?? logger.error;
    warn.call(logger, { ...context, err: error }, `${message}: the database cannot be reached; retrying`);
  };
}
