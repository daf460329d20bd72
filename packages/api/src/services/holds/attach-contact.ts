import type { Db } from '@reserva/db';
import { generateClaimCode } from '@reserva/domain';
import {
  findHoldView,
  lockHold,
  setHoldContact,
  trySetClaimCode,
} from '../../repositories/holds.repository.js';
import { holdGone, holdTokenOf, isLiveHold } from './hold-view.js';
import { operatorWhatsappUrl } from './operator-whatsapp.js';

export interface AttachContactInput {
  holdToken?: string | undefined;
  name: string;
  /** Already normalised by phoneSchema (`08…` → `+628…`). */
  whatsapp: string;
  email?: string | undefined;
}

/**
 * Puts the customer's name and WhatsApp on the hold and gives it a claim code (kept if it already
 * has one, so asking twice gives the same code): what the customer tells the operator when paying
 * offline, and what recovers the hold on another device.
 */
export async function attachContact({
  db,
  input,
  cookieToken,
  now = new Date(),
}: {
  db: Db;
  input: AttachContactInput;
  cookieToken: string | undefined;
  now?: Date;
}) {
  const { tokenHash } = holdTokenOf(input, cookieToken);
  const claimCode = await db.transaction().execute(async (trx) => {
    const hold = await lockHold(trx, { tokenHash });
    if (!hold || !isLiveHold(hold, now)) throw holdGone();
    await setHoldContact(trx, hold.id, {
      name: input.name,
      phone: input.whatsapp,
      email: input.email ?? null,
    });
    if (hold.claimCode) return hold.claimCode;
    // 30^8 codes: a collision is rare, and drawing again settles it.
    for (let attempt = 0; attempt < 10; attempt++) {
      const code = generateClaimCode();
      if (await trySetClaimCode(trx, hold.id, code)) return code;
    }
    throw new Error('Could not draw a free claim code');
  });
  const view = (await findHoldView(db, { tokenHash }))!;
  return {
    claimCode,
    operatorWhatsappUrl: operatorWhatsappUrl({
      phone: view.operatorWhatsapp ?? view.venueWhatsapp,
      claimCode,
      name: input.name,
      title: view.title,
      startsAt: view.startsAt,
      timeZone: view.timeZone,
      seatLabels: view.seats.map((seat) => seat.label),
    }),
  };
}
