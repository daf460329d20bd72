import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FieldedTRPCError, toTRPCError } from './errors.js';

const database = await useTestDatabase();

describe('the error mapper', () => {
  it('turns a NUL PostgreSQL refused (22021) into a 400 naming the field it came from', async () => {
    const input = { contact: { name: 'Ani' }, notes: 'kursi bayi\u0000' };
    const refusal = await sql`SELECT ${input.notes}::text AS notes`.execute(database.db).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ code: '22021' });
    const mapped = toTRPCError(refusal, input);
    expect(mapped.code).toBe('BAD_REQUEST');
    expect(mapped.message).toBe('notes: Remove the control characters (like NUL) from this text');
    expect(mapped).toBeInstanceOf(FieldedTRPCError);
    expect((mapped as FieldedTRPCError).field).toBe('notes');
  });
});
