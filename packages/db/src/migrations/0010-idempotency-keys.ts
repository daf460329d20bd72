import { type Kysely, sql } from 'kysely';

/**
 * The first answer to a create made with an `Idempotency-Key`, per caller. The row goes in within
 * the create's own transaction, so a crash before commit leaves neither, after commit both. Only
 * the key's SHA-256 is stored, and the answer is encrypted under a key derived from the client's
 * key: a reader of the database can replay nobody's answer (hold tokens travel in them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE idempotency_keys (
      scope text NOT NULL,
      key_hash bytea NOT NULL,
      procedure text NOT NULL,
      request_hash bytea NOT NULL,
      response bytea,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key_hash)
    )`.execute(db);
  await sql`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE idempotency_keys`.execute(db);
}
