import type { Database, Db } from '@reserva/db';
import { type Kysely, sql, type Transaction } from 'kysely';
import pg from 'pg';

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
  ): Promise<string>;
  /** Every change on `topic` after `lastEventId` (none when omitted), then live ones until `signal` aborts. */
  subscribe(
    topic: string,
    options: { lastEventId?: string | null; signal?: AbortSignal },
  ): AsyncGenerator<Change>;
  close(): Promise<void>;
}

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
      // Ids are drawn before commit, so two writers on one topic could commit out of id order and a
      // reader past the higher id would never see the lower one. Holding a per-topic lock until
      // commit makes changes of one topic commit in id order; other topics are not slowed.
      // One statement (the lock is taken before the row, and so before its id, is drawn): this runs
      // inside every hold and booking transaction.
      const { rows } = await sql<{ id: string }>`
        WITH added AS (
          INSERT INTO change_feed (topic, payload)
          SELECT ${topic}, ${JSON.stringify(payload)}::jsonb
          FROM (SELECT pg_advisory_xact_lock(hashtext(${`change_feed:${topic}`}))) AS locked
          RETURNING id
        )
        SELECT id, pg_notify(${CHANNEL}, ${`${topic}:`} || id) FROM added
      `.execute(trx);
      const row = rows[0]!;
      return String(row.id);
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
