import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { countedUnlessItSucceeds, LIMITS, pruneRateLimits, takeAttempts } from './rate-limit.service.js';

const database = await useTestDatabase();
const keys = async () =>
  (await database.db.selectFrom('rate_limits').select(['key', 'hits']).orderBy('key').execute()).map(
    ({ key, hits }) => `${key}=${hits}`,
  );

describe('rate limits in PostgreSQL', () => {
  it('take at most the limit under 40 parallel attempts, and refuse the rest without counting them', async () => {
    const limit = { name: 'test', max: 7, windowSeconds: 60 };
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => takeAttempts(database.db, [[limit, 'subject']])),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(7);
    expect(await keys()).toEqual(['test:subject=7']);
  });

  it('give an attempt back when it succeeds, and keep it when it fails', async () => {
    const limit = { name: 'test', max: 3, windowSeconds: 60 };
    await countedUnlessItSucceeds(database.db, [[limit, 'a']], async () => 'fine');
    await expect(
      countedUnlessItSucceeds(database.db, [[limit, 'a']], async () => {
        throw new Error('wrong');
      }),
    ).rejects.toThrow('wrong');
    expect(await keys()).toEqual(['test:a=1']);
  });

  it('the worker prunes counters whose window has passed and keeps the live ones', async () => {
    await takeAttempts(database.db, [[LIMITS.loginFailuresPerIp, '198.51.100.1']]);
    await takeAttempts(database.db, [[LIMITS.codeLookupFailuresPerCode, 'BK-2222222222']]);
    await sql`UPDATE rate_limits SET window_start = now() - interval '2 hours' WHERE key LIKE 'code:%'`.execute(
      database.db,
    );
    expect(await pruneRateLimits({ db: database.db, now: new Date() })).toBe(1);
    expect(await keys()).toEqual(['login:ip:198.51.100.1=1']);
  });
});
