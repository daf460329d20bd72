import { validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';

export interface ContactInput {
  name: string;
  phone: string;
  email?: string | undefined;
}

/** The contact on a booking: what was sent, else the signed-in person's own details. */
export function resolveContact(actor: Actor | null, contact: ContactInput | undefined) {
  const user = actor?.kind === 'user' ? actor.user : null;
  const name = contact?.name ?? user?.name;
  const phone = contact?.phone ?? user?.phone ?? undefined;
  if (!name) throw validationError('contact.name', 'Tell us the name for the booking');
  if (!phone) throw validationError('contact.phone', 'Tell us a phone (WhatsApp) number for the booking');
  return { name, phone, email: contact?.email ?? user?.email ?? null };
}
