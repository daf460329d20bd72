import { randomBytes } from 'node:crypto';
import type { Db } from '@reserva/db';
import { sql } from 'kysely';
import { type CardDetails, type CardGateway, type ChargeResult, TransientGatewayError } from './provider.js';

/** The test cards of the simulated gateway, as a real gateway's sandbox documents them. */
export const TEST_CARDS = {
  succeeds: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  transientFailure: '4000 0000 0000 0119',
} as const;

const digitsOf = (card: CardDetails) => card.number.replace(/\D/g, '');

export interface SimulatedGatewayOptions {
  /** Share of calls that fail transiently before doing anything (0..1): for resilience tests. */
  transientFailureRate?: number;
  random?: () => number;
}

/**
 * A card gateway that behaves like a real one where it matters: idempotent by key, partial refunds
 * up to the charged amount, lookups by key, declines and transient failures. It records what it did in its own ledger table, written
 * outside the caller's transaction — as an external system's records would be.
 */
// Named columns, never `*`: statements are prepared per connection, and a prepared `*` fails
// once a migration adds a column under a running server.
const LEDGER_ANSWER = ['outcome', 'reference', 'card_last4'] as const;

export function createSimulatedCardGateway(db: Db, options: SimulatedGatewayOptions = {}): CardGateway {
  const random = options.random ?? Math.random;
  const maybeFail = () => {
    if (random() < (options.transientFailureRate ?? 0)) throw new TransientGatewayError();
  };
  const reference = (prefix: string) => `${prefix}_${randomBytes(9).toString('base64url')}`;
  const byKey = (idempotencyKey: string) =>
    db
      .selectFrom('gateway_ledger')
      .select(LEDGER_ANSWER)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();

  return {
    async charge({ amountMinor, currency, card, idempotencyKey }) {
      maybeFail();
      const digits = digitsOf(card);
      const last4 = digits.slice(-4);
      const previous = await byKey(idempotencyKey);
      if (previous) return resultOf(previous);
      if (digits === digitsOf({ number: TEST_CARDS.transientFailure })) throw new TransientGatewayError();
      const succeeded = digits === digitsOf({ number: TEST_CARDS.succeeds });
      const row = await db
        .insertInto('gateway_ledger')
        .values({
          kind: 'charge',
          idempotency_key: idempotencyKey,
          reference: reference('ch'),
          amount_minor: amountMinor,
          currency,
          card_last4: last4,
          outcome: succeeded ? 'succeeded' : 'declined',
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning(LEDGER_ANSWER)
        .executeTakeFirst();
      // A concurrent call with the same key won the insert: answer what it answered.
      return resultOf(row ?? (await byKey(idempotencyKey))!);
    },

    async lookup(idempotencyKey) {
      maybeFail();
      const row = await byKey(idempotencyKey);
      return row ? resultOf(row) : null;
    },

    async refund({ chargeReference, amountMinor, currency, idempotencyKey }) {
      maybeFail();
      if (!Number.isInteger(amountMinor) || amountMinor <= 0)
        throw new Error('A refund is a positive amount');
      const previous = await byKey(idempotencyKey);
      if (previous) return { reference: previous.reference };
      // The charge's row lock queues refunds of one charge, so their sum is checked against what
      // the others committed.
      return db.transaction().execute(async (trx) => {
        const charge = await trx
          .selectFrom('gateway_ledger')
          .select(['reference', 'amount_minor'])
          .where('reference', '=', chargeReference)
          .where('kind', '=', 'charge')
          .where('outcome', '=', 'succeeded')
          .forUpdate()
          .executeTakeFirst();
        if (!charge) throw new Error(`No successful charge ${chargeReference} to refund`);
        const again = await trx
          .selectFrom('gateway_ledger')
          .select('reference')
          .where('idempotency_key', '=', idempotencyKey)
          .executeTakeFirst();
        if (again) return { reference: again.reference };
        const { refunded } = await trx
          .selectFrom('gateway_ledger')
          .select(sql<number>`coalesce(sum(amount_minor), 0)::bigint`.as('refunded'))
          .where('charge_reference', '=', chargeReference)
          .where('kind', '=', 'refund')
          .where('outcome', '=', 'succeeded')
          .executeTakeFirstOrThrow();
        if (Number(refunded) + amountMinor > charge.amount_minor) {
          throw new Error('Refunds cannot exceed their charge');
        }
        return trx
          .insertInto('gateway_ledger')
          .values({
            kind: 'refund',
            idempotency_key: idempotencyKey,
            reference: reference('re'),
            charge_reference: chargeReference,
            amount_minor: amountMinor,
            currency,
            outcome: 'succeeded',
          })
          .returning('reference')
          .executeTakeFirstOrThrow();
      });
    },
  };
}

function resultOf(row: {
  outcome: 'succeeded' | 'declined';
  reference: string;
  card_last4: string | null;
}): ChargeResult {
  const last4 = row.card_last4 ?? '';
  return row.outcome === 'succeeded'
    ? { outcome: 'succeeded', reference: row.reference, last4 }
    : { outcome: 'declined', reason: 'The card was declined', last4 };
}
