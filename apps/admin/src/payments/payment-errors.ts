import { errorCode } from '@reserva/ui';
import type { Problem } from '../components/checks';

interface ErrorData {
  field?: string | null;
}

const fieldOf = (error: unknown): string | null =>
  error && typeof error === 'object' && 'data' in error
    ? ((error.data as ErrorData | undefined)?.field ?? null)
    : null;

const HOLD_STATE = /^This hold is ([a-z_]+);/;

/**
 * A claim lookup's or confirmation's refusal in the reader's words (offline-payment.ts): an unknown
 * code, a hold that ran out, a cancelled event, a card payment under way. Null for anything else.
 */
export function paymentProblem(error: unknown, claimCode: string): Problem | null {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : '';
  if (code === 'NOT_FOUND') return { key: 'payments.notFound', values: { code: claimCode } };
  if (code === 'BAD_REQUEST') return { key: 'payments.invalid' };
  if (code !== 'CONFLICT') return null;
  if (fieldOf(error) === 'holdToken' || /expired/.test(message)) return { key: 'payments.expired' };
  if (/event was cancelled/.test(message)) return { key: 'payments.eventCancelled' };
  if (/card payment/.test(message)) return { key: 'payments.cardInProgress' };
  const state = HOLD_STATE.exec(message)?.[1];
  return state ? { key: 'payments.notPayable', values: { status: state.toUpperCase() } } : null;
}
