import type { User } from '../api/trpc';
import { checkEmail, checkName, checkPhone, checkRequired } from '../auth/auth-rules';
import { type Rule, useForm } from '../forms/use-form';

export type ContactField = 'name' | 'phone' | 'email';
export type ContactValues = Record<ContactField, string>;
export interface ContactInput {
  name: string;
  phone: string;
  email?: string;
}

const optionalEmail: Rule = (value) => (value.trim() === '' ? null : checkEmail(value));
const requiredPhone: Rule = (value) => checkRequired(value) ?? checkPhone(value);

/**
 * A guest must give a name and a WhatsApp number. A signed-in customer may leave blank what the
 * account already has; an account without a phone still needs one typed here.
 */
export function contactRules(user: User | null): Partial<Record<ContactField, Rule>> {
  return {
    name: user ? undefined : checkName,
    phone: user?.phone ? checkPhone : requiredPhone,
    email: optionalEmail,
  };
}

export const contactDefaults = (user: User | null): ContactValues => ({
  name: user?.name ?? '',
  phone: user?.phone ?? '',
  email: user?.email ?? '',
});

/**
 * The `contact` for bookings.create: what was typed, blanks filled from the account. Left out when
 * a signed-in customer's details are incomplete, so the server uses the account and names what is missing.
 */
export function contactInput(values: ContactValues, user: User | null): ContactInput | undefined {
  const name = values.name.trim() || user?.name || '';
  const phone = values.phone.trim() || user?.phone || '';
  const email = values.email.trim();
  if (!name || !phone) return undefined;
  return email ? { name, phone, email } : { name, phone };
}

/** Contact details as form state, prefilled from the account when there is one. */
export const useContactForm = (user: User | null) => useForm(contactDefaults(user), contactRules(user));

export type ContactForm = ReturnType<typeof useContactForm>;

/** Where the server's contact errors belong on the form (`contact` alone is zod's whole-object key). */
export const CONTACT_ERROR_FIELDS: Record<string, ContactField> = {
  'contact.name': 'name',
  'contact.phone': 'phone',
  'contact.email': 'email',
  contact: 'phone',
};
