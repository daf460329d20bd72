import { emailSchema, nameSchema, passwordSchema, phoneSchema } from '@reserva/domain';
import type { z } from 'zod';
import type { Rule } from '../forms/use-form';

// The same zod schemas the server validates with, so client and server never disagree on a rule.
const firstIssue = (schema: z.ZodType, value: string): string | null => {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.code ?? 'invalid');
};

export const checkEmail: Rule = (value) => (firstIssue(emailSchema, value) ? 'email' : null);

/** Signing in checks presence only: an old password may predate today's length rule. */
export const checkPassword: Rule = (value) => (value.length === 0 ? 'passwordRequired' : null);

export const checkNewPassword: Rule = (value) => {
  const issue = firstIssue(passwordSchema, value);
  if (!issue) return null;
  return issue === 'too_big' ? 'passwordLong' : 'passwordShort';
};

export const checkName: Rule = (value) => {
  const issue = firstIssue(nameSchema, value);
  if (!issue) return null;
  return issue === 'too_big' ? 'nameLong' : 'nameRequired';
};

/** Optional: an empty phone is fine, a filled one must be a real number. */
export const checkPhone: Rule = (value) =>
  value.trim() === '' || !firstIssue(phoneSchema, value) ? null : 'phone';

export const checkRequired: Rule = (value) => (value.trim() === '' ? 'required' : null);
