import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';

/** The rows an admin action can change, and where their venues live. */
export const AUDIT_TARGETS = {
  venue: { table: 'venues' },
  resource: { table: 'resources' },
  layout: { table: 'layouts' },
  event: { table: 'events' },
  user: { table: 'users', venues: sql`array(SELECT venue_id FROM staff_venues WHERE user_id = t.id)` },
  apiKey: { table: 'api_keys', venues: sql`array(SELECT venue_id FROM api_key_venues WHERE key_id = t.id)` },
} as const;

export type AuditTargetKind = keyof typeof AUDIT_TARGETS;

/**
 * Admin actions on one row wait for each other, so the "before" an action reads is the state it
 * changes. Taken first in the transaction, before any row lock, so it cannot close a deadlock.
 */
export const lockAuditTarget = (db: Executor, kind: AuditTargetKind, id: string) =>
  sql`SELECT pg_advisory_xact_lock(hashtext(${`audit:${kind}:${id}`}))`.execute(db);

/** The row as JSON without its secrets (password and key hashes), with its venues where it has a set. */
export async function auditSnapshot(db: Executor, kind: AuditTargetKind, id: string) {
  const target: { table: string; venues?: ReturnType<typeof sql> } = AUDIT_TARGETS[kind];
  const venues = target.venues ? sql`|| jsonb_build_object('venue_ids', ${target.venues})` : sql``;
  const { rows } = await sql<{ row: Record<string, unknown> }>`
    SELECT (to_jsonb(t) - 'password_hash' - 'key_hash') ${venues} AS row
    FROM ${sql.table(target.table)} t WHERE t.id = ${id}
  `.execute(db);
  return rows[0]?.row ?? null;
}

export interface AuditEntry {
  actorUserId: string | null;
  actorKeyId: string | null;
  actorLabel: string;
  action: string;
  targetKind: string | null;
  targetId: string | null;
  venueIds: string[];
  input: unknown;
  before: unknown;
  after: unknown;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export const insertAuditEntry = (db: Executor, entry: AuditEntry) =>
  db
    .insertInto('audit_log')
    .values({
      actor_user_id: entry.actorUserId,
      actor_key_id: entry.actorKeyId,
      actor_label: entry.actorLabel,
      action: entry.action,
      target_kind: entry.targetKind,
      target_id: entry.targetId,
      venue_ids: entry.venueIds,
      input: json(entry.input),
      before: json(entry.before),
      after: json(entry.after),
    })
    .execute();

/** Newest first; `before` is the id of the last entry of the previous page. */
export function listAuditEntries(
  db: Executor,
  filter: {
    before?: number | undefined;
    limit: number;
    actorId?: string | undefined;
    venueId?: string | undefined;
  },
) {
  let query = db
    .selectFrom('audit_log')
    .select([
      'id',
      'created_at as at',
      'actor_user_id as actorUserId',
      'actor_key_id as actorKeyId',
      'actor_label as actorLabel',
      'action',
      'target_kind as targetKind',
      'target_id as targetId',
      'venue_ids as venueIds',
      'input',
      'before',
      'after',
    ]);
  if (filter.before !== undefined) query = query.where('id', '<', filter.before);
  const { actorId } = filter;
  if (actorId) {
    query = query.where((eb) => eb.or([eb('actor_user_id', '=', actorId), eb('actor_key_id', '=', actorId)]));
  }
  if (filter.venueId) query = query.where(sql<boolean>`venue_ids @> ARRAY[${filter.venueId}]::uuid[]`);
  return query.orderBy('id', 'desc').limit(filter.limit).execute();
}
