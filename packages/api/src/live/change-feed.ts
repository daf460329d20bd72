import type { Database, Db } from '@reserva/db';
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
}

/**
 * Live updates shared by every server process on one database: the change itself is a row in
 * `change_feed` (so a reconnecting viewer resumes from its last id), and LISTEN/NOTIFY on one
 * dedicated connection per process only says "look again".
 */
export function createChangeFeed(db: Db, options: { url: string; logger?: Logger }): ChangeFeed {
  const waiters = new Map<string, Set<() => void>>();
  let client: pg.Client | null = null;
  let closed = false;
  let ready: Promise<void> | null = null;

  const wakeAll = () => {
    for (const set of waiters.values()) for (const wake of set) wake();
  };

  const connect = (): Promise<void> => {
    ready ??= (async () => {
      const next = new pg.Client({ connectionString: options.url });
      next.on('notification', (message) => {
        const topic = message.payload?.slice(0, message.payload.lastIndexOf(':')) ?? '';
        for (const wake of waiters.get(topic) ?? []) wake();
      });
      next.on('error', (error) => {
        options.logger?.warn({ err: error }, 'change feed connection lost; reconnecting');
        client = null;
        ready = null;
        next.end().catch(() => {});
        // Subscribers re-read from their last id, so nothing published meanwhile is lost.
        if (!closed) setTimeout(() => connect().then(wakeAll, () => {}), 500);
      });
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      client = next;
    })();
    return ready;
  };

  const readAfter = (topic: string, afterId: string) =>
    db
      .selectFrom('change_feed')
      .select(['id', 'payload'])
      .where('topic', '=', topic)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(500)
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
      await connect();
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
      try {
        // Registered before reading: a change committed in between still wakes us.
        let cursor = lastEventId && /^\d+$/.test(lastEventId) ? lastEventId : await latestId(topic);
        while (!signal?.aborted && !closed) {
          if (!pending) await new Promise<void>((resolve) => (wake = resolve));
          pending = false;
          if (signal?.aborted || closed) break;
          for (
            let rows = await readAfter(topic, cursor);
            rows.length > 0;
            rows = await readAfter(topic, cursor)
          ) {
            for (const row of rows) {
              cursor = String(row.id);
              yield { id: cursor, payload: row.payload };
            }
          }
        }
      } finally {
        set.delete(onWake);
        if (set.size === 0) waiters.delete(topic);
        signal?.removeEventListener('abort', onWake);
      }
    },

    async close() {
      closed = true;
      wakeAll();
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
