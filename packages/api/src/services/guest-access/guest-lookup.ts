import type { Db } from '@reserva/db';
import { DomainError } from '@reserva/domain';
import type { ApiConfig } from '../../context.js';
import type { BookingDetail } from '../booking-view.service.js';
import { countedUnlessItSucceeds, LIMITS, type LimitOn } from '../rate-limit.service.js';
import { isManageTokenOf, withManageToken } from './manage-token.js';

/** A booking code with what proves the caller is the guest who made it. */
export interface GuestProof {
  code: string;
  /** The last 4 digits of the contact phone. */
  phoneLast4?: string | undefined;
  /** The contact email. */
  email?: string | undefined;
  /** From the manage link (or the answer that created the booking). */
  manageToken?: string | undefined;
}

/** Unknown codes, other people's bookings and wrong proofs all get this: a guesser learns nothing. */
const noMatch = () =>
  new DomainError('NotFound', 'No booking matches this code with that phone number or email', 'code');

async function proves(deps: { db: Db; config: ApiConfig }, booking: BookingDetail, proof: GuestProof) {
  const given = [proof.phoneLast4, proof.email, proof.manageToken].filter((factor) => factor !== undefined);
  if (given.length === 0) return false;
  const phoneDigits = booking.contact.phone?.replace(/\D/g, '') ?? '';
  if (proof.phoneLast4 !== undefined && (phoneDigits.length < 4 || !phoneDigits.endsWith(proof.phoneLast4)))
    return false;
  if (proof.email !== undefined && booking.contact.email?.toLowerCase() !== proof.email.toLowerCase())
    return false;
  if (proof.manageToken !== undefined && !(await isManageTokenOf(deps, booking.id, proof.manageToken)))
    return false;
  return true;
}

/**
 * A booking made without an account, by its code and a second factor (every factor given must
 * match). Each failure counts against the caller's address, and a failed proof against the code
 * too, before it is checked: parallel guesses cannot overtake the limits.
 */
export async function lookUpGuestBooking({
  db,
  config,
  booking,
  proof,
  ip,
}: {
  db: Db;
  config: ApiConfig;
  booking: BookingDetail | null;
  proof: GuestProof;
  ip: string;
}) {
  const limits: LimitOn[] = [[LIMITS.codeLookupFailuresPerIp, ip]];
  const hasProof =
    proof.phoneLast4 !== undefined || proof.email !== undefined || proof.manageToken !== undefined;
  if (hasProof) limits.push([LIMITS.codeLookupFailuresPerCode, proof.code]);
  return countedUnlessItSucceeds(db, limits, async () => {
    if (!booking || booking.userId !== null || !(await proves({ db, config }, booking, proof)))
      throw noMatch();
    return withManageToken({ db, config }, booking);
  });
}
