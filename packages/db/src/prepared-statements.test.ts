import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from './connection.js';
import { statementNamer } from './prepared-statements.js';
import { useTestDatabase } from './testing.js';

const database = await useTestDatabase();
// One connection, so the session that prepares a statement is the one asked about it.
const single = connectDatabase({ url: database.url, max: 1 });
afterAll(() => single.close());

const prepared = async () =>
  (
    await sql<{ name: string; statement: string; executions: number }>`
      SELECT name, statement, (generic_plans + custom_plans)::int AS executions
      FROM pg_prepared_statements ORDER BY name`.execute(single.db)
  ).rows;

describe('prepared statements', () => {
  it('a parameterised query is prepared once per connection and then reused', async () => {
    const venueSlug = (slug: string) =>
      single.db.selectFrom('venues').select('id').where('slug', '=', slug).execute();
    await venueSlug('warung');
    await venueSlug('kopi');
    const [venueLookup, ...others] = (await prepared()).filter((s) => s.statement.includes('"slug" = $1'));
    expect(others).toEqual([]);
    expect(venueLookup).toMatchObject({ name: expect.stringMatching(/^reserva_\d+$/), executions: 2 });
  });

  it('statements without parameters keep the simple protocol, several in one string included', async () => {
    await sql
      .raw('CREATE TEMP TABLE scratch (n int); INSERT INTO scratch VALUES (1), (2)')
      .execute(single.db);
    const { rows } = await sql<{ total: number }>`SELECT sum(n)::int AS total FROM scratch`.execute(
      single.db,
    );
    expect(rows).toEqual([{ total: 3 }]);
    expect((await prepared()).filter((s) => s.statement.includes('scratch'))).toEqual([]);
  });

  it('past its limit the namer names nothing new, and keeps the names it gave', () => {
    const nameOf = statementNamer(2);
    expect(nameOf('SELECT $1')).toBe('reserva_0');
    expect(nameOf('SELECT $1, $2')).toBe('reserva_1');
    expect(nameOf('SELECT $1, $2, $3')).toBeUndefined();
    expect(nameOf('SELECT $1')).toBe('reserva_0');
  });
});
