import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { pruneOldIdempotencyKeys } from './prune-idempotency-keys.js';

const database = await useTestDatabase();
const { db } = database;

const key = (name: string, createdAt: Date) =>
  sql`INSERT INTO idempotency_keys (scope, key_hash, procedure, request_hash, created_at)
      VALUES ('anonymous', ${Buffer.from(name)}, 'bookings.create', ${Buffer.from('x')}, ${createdAt})`.execute(
    db,
  );

describe('pruneOldIdempotencyKeys', () => {
  it('forgets keys older than a day and keeps the rest', async () => {
    const now = new Date();
    await key('old', new Date(now.getTime() - 25 * 3_600_000));
    await key('recent', new Date(now.getTime() - 23 * 3_600_000));
    expect(await pruneOldIdempotencyKeys({ db, now })).toBe(1);
    const left = await db.selectFrom('idempotency_keys').select('key_hash').execute();
    expect(left.map((row) => row.key_hash.toString())).toEqual(['recent']);
  });
});
