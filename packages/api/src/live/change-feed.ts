import { type Database, type Db, isConnectionError } from '@reserva/db';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import pg from 'pg';

// Also named in migration 0003's trigger, which sends the NOTIFY at commit.
const CHANNEL = 'reserva_changes';

export interface Change<T = Record<string, unknown>> {
  id: string;
  payload: T;
}

export interface ChangeFeed {
  /**
   * Appends a change and notifies listeners. Call it inside the transaction that makes the change:
   * PostgreSQL delivers the NOTIFY only at commit, and a rollback takes the change with it.
   */
  publish(
    trx: Kysely<Database> | Transaction<Database>,
    topic: string,
    payload: Record<string, unknown>,
  ): Promise<void>;
  /** Every change on `topic` after `lastEventId` (none when omitted), then live ones until `signal` aborts. */
  subscribe(
    topic: string,
    options: { lastEventId?: string | null; signal?: AbortSignal },
  ): AsyncGenerator<Change>;
  close(): Promise<void>;
}

/**
 * The row `publish` appends, as a statement of its own to run inside another one (a `WITH` part):
 * a change and the write it announces then cost one round trip together.
 */
export const changeFeedInsert = (topic: string, payload: Record<string, unknown>): RawBuilder<unknown> =>
  sql`INSERT INTO change_feed (topic, payload) VALUES (${topic}, ${JSON.stringify(payload)})`;

/**
 * `changeFeedInsert` for changes the statement itself finds out as it runs: one row per row of
 * `changes`, a query with the columns `topic` (text) and `payload` (jsonb).
 */
export const changeFeedInsertFrom = (changes: RawBuilder<unknown>): RawBuilder<unknown> =>
  sql`INSERT INTO change_feed (topic, payload) SELECT change.topic, change.payload FROM (${changes}) AS change`;

interface Logger {
  warn(object: unknown, message?: string): void;
  info?(object: unknown, message?: string): void;
}

export interface ChangeFeedOptions {
  url: string;
  logger?: Logger;
  /** Waits between attempts to listen again after the connection is lost: doubling from the first to the last. */
  reconnectDelayMs?: { first: number; max: number };
}

const READ_LIMIT = 500;

/** The n-th wait (1-based) of a doubling backoff, with some jitter so processes do not retry in step. */
const backoff = (attempt: number, { first, max }: { first: number; max: number }) =>
  Math.min(max, first * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.25);

/**
 * Live updates shared by every server process on one database: the change itself is a row in
 * `change_feed` (so a reconnecting viewer resumes from its last id), and LISTEN/NOTIFY on one
 * dedicated connection per process only says "look again". The database may go away at any time
 * (a restart, a failover): the listening connection is opened again, with backoff, for as long as
 * it takes, and every open subscription then reads on from its own last position, so a viewer
 * misses nothing and never sees an error for it.
 */
export function createChangeFeed(
  db: Db,
  { url, logger, reconnectDelayMs = { first: 250, max: 2_000 } }: ChangeFeedOptions,
): ChangeFeed {
  const waiters = new Map<string, Set<() => void>>();
  /** The listening connection, open or opening. */
  let client: pg.Client | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let closed = false;

  const wakeAll = () => {
    for (const set of waiters.values()) for (const wake of set) wake();
  };

  const listen = () => {
    if (closed || client || retryTimer) return;
    const next = new pg.Client({
      connectionString: url,
      application_name: 'reserva-live',
      // A connection that only listens sends nothing: keepalives find a peer that vanished.
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    client = next;
    let lost = false;
    const onLost = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (client === next) client = null;
      next.end().catch(() => {});
      if (closed) return;
      if (failures === 0) {
        logger?.warn(
          { err: error },
          'change feed connection lost; listening again as soon as the database is back',
        );
      }
      failures += 1;
      retryTimer = setTimeout(
        () => {
          retryTimer = null;
          listen();
        },
        backoff(failures, reconnectDelayMs),
      );
    };
    next.on('notification', (message) => {
      const topic = message.payload?.slice(0, message.payload.lastIndexOf(':')) ?? '';
      for (const wake of waiters.get(topic) ?? []) wake();
    });
    next.on('error', onLost);
    next.on('end', () => onLost(new Error('Connection ended')));
    next
      .connect()
      .then(() => next.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (lost) return;
        if (closed) {
          next.end().catch(() => {});
          return;
        }
        if (failures > 0) logger?.info?.({ attempts: failures }, 'change feed listening again');
        failures = 0;
        // Whatever was committed while nobody listened: every viewer reads on from its position.
        wakeAll();
      }, onLost);
  };

  const readAfter = (topic: string, afterId: string) =>
    db
      .selectFrom('change_feed')
      .select(['id', 'payload'])
      .where('topic', '=', topic)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(READ_LIMIT)
      .execute();

  const latestId = async (topic: string) => {
    const row = await db
      .selectFrom('change_feed')
      .select((eb) => eb.fn.max('id').as('id'))
      .where('topic', '=', topic)
      .executeTakeFirst();
    return row?.id ? String(row.id) : '0';
  };

  return {
    async publish(trx, topic, payload) {
      // Only the row: its position, the per-topic ordering lock and the NOTIFY come at COMMIT,
      // from a deferred trigger (migration 0003), so this takes no lock while the transaction runs.
      await changeFeedInsert(topic, payload).execute(trx);
    },

    async *subscribe(topic, { lastEventId, signal }) {
      listen();
      let pending = true;
      let wake: () => void = () => {};
      const onWake = () => {
        pending = true;
        wake();
      };
      const set = waiters.get(topic) ?? new Set<() => void>();
      waiters.set(topic, set);
      set.add(onWake);
      signal?.addEventListener('abort', onWake);
      let retry: ReturnType<typeof setTimeout> | undefined;
      try {
        // Registered before reading: a change committed in between still wakes us.
        let cursor = lastEventId && /^\d+$/.test(lastEventId) ? lastEventId : null;
        let failedReads = 0;
        while (!signal?.aborted && !closed) {
          if (!pending) await new Promise<void>((resolve) => (wake = resolve));
          pending = false;
          if (signal?.aborted || closed) break;
          let rows: Awaited<ReturnType<typeof readAfter>>;
          try {
            cursor ??= await latestId(topic);
            rows = await readAfter(topic, cursor);
          } catch (error) {
            if (!isConnectionError(error)) throw error;
            // The database is away. Read again from the same position later, or as soon as the
            // listening connection is back (that wakes every viewer).
            failedReads += 1;
            clearTimeout(retry);
            retry = setTimeout(onWake, backoff(failedReads, { first: 500, max: 5_000 }));
            continue;
          }
          failedReads = 0;
          for (const row of rows) {
            cursor = String(row.id);
            yield { id: cursor, payload: row.payload };
          }
          if (rows.length === READ_LIMIT) pending = true;
        }
      } finally {
        clearTimeout(retry);
        set.delete(onWake);
        if (set.size === 0) waiters.delete(topic);
        signal?.removeEventListener('abort', onWake);
      }
    },

    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      wakeAll();
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
