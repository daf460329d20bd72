import { type Db, transact } from '@reserva/db';
import { uuidSchema } from '@reserva/domain';
import type { Actor } from '../../context.js';
import {
  type AuditTargetKind,
  auditSnapshot,
  insertAuditEntry,
  lockAuditTarget,
} from '../../repositories/audit.repository.js';
import { areaOf } from '../scoping/venue-refs.js';

/** The row an admin area's actions change: `admin.users.setRole` → a user. */
const TARGET_OF_AREA: Record<string, AuditTargetKind> = {
  venues: 'venue',
  resources: 'resource',
  layouts: 'layout',
  events: 'event',
  users: 'user',
  apiKeys: 'apiKey',
};

type Outcome = { ok: true; data: unknown } | { ok: false; error: unknown };

/** The id a call names for its target (`id`, or `userId` for a user…), if it is a valid one. */
function targetIdIn(input: unknown, kind: AuditTargetKind): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const fields = input as Record<string, unknown>;
  const parsed = uuidSchema.safeParse(fields.id ?? fields[`${kind}Id`]);
  return parsed.success ? parsed.data : undefined;
}

const idOfResult = (data: unknown): string | undefined => {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
};

/** The venues an entry concerns: the venue itself, or the target's venue(s) before and after. */
function venuesOf(kind: AuditTargetKind, id: string | undefined, rows: unknown[]): string[] {
  const venues = new Set<string>();
  if (kind === 'venue' && id) venues.add(id);
  for (const row of rows as ({ venue_id?: string; venue_ids?: string[] } | null)[]) {
    if (row?.venue_id) venues.add(row.venue_id);
    for (const venue of row?.venue_ids ?? []) venues.add(venue);
  }
  return [...venues].sort();
}

/**
 * Runs an admin mutation and writes its audit entry in one transaction: who, which procedure, the
 * input, and the target row as it was before and after. "Before" and "after" are the target's own
 * row read around the change (seats of a layout, bookings of a cancelled event are not copied);
 * a refused or failed call rolls back and leaves no entry.
 */
export function recordAdminMutation<R extends Outcome>(
  deps: { db: Db; actor: Actor; path: string; getRawInput: () => Promise<unknown> },
  run: (db: Db) => Promise<R>,
): Promise<R> {
  return transact(deps.db, async (trx) => {
    const input = await deps.getRawInput();
    const kind = TARGET_OF_AREA[areaOf(deps.path)];
    const namedId = kind ? targetIdIn(input, kind) : undefined;
    if (kind && namedId) await lockAuditTarget(trx, kind, namedId);
    const before = kind && namedId ? await auditSnapshot(trx, kind, namedId) : null;
    const result = await run(trx);
    if (!result.ok) throw result.error;
    const targetId = namedId ?? idOfResult(result.data);
    const after = kind && targetId ? await auditSnapshot(trx, kind, targetId) : null;
    await insertAuditEntry(trx, {
      actorUserId: deps.actor.userId,
      actorKeyId: deps.actor.kind === 'apiKey' ? deps.actor.keyId : null,
      actorLabel: deps.actor.label,
      action: deps.path,
      targetKind: kind ?? null,
      targetId: targetId ?? null,
      venueIds: kind ? venuesOf(kind, targetId, [before, after]) : [],
      input,
      before,
      after,
    });
    return result;
  });
}
