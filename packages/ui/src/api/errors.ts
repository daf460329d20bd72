import { TRPCClientError } from '@trpc/client';

/** What the server's error formatter adds to `error.data`; read loosely so an older server still works. */
interface ErrorData {
  code?: string;
  httpStatus?: number;
  field?: string | null;
  zodError?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | null;
}

export interface ApiErrorView {
  /** The tRPC code (`BAD_REQUEST`, `CONFLICT`…), or `NETWORK` when no answer came back. */
  code: string;
  /** One readable message per input field the server complained about. */
  fields: Record<string, string>;
  /** A message for the whole form, when the error is not about one field. */
  message: string | null;
}

/** Messages that replace the server's English text, by `CODE` or `CODE:field`. */
export type ErrorMessages = Partial<Record<string, string>>;

const dataOf = (error: unknown): ErrorData | null =>
  error instanceof TRPCClientError && error.data && typeof error.data === 'object'
    ? (error.data as ErrorData)
    : null;

export function isClientError(error: unknown): boolean {
  const status = dataOf(error)?.httpStatus;
  return status !== undefined && status >= 400 && status < 500;
}

export const errorCode = (error: unknown): string => dataOf(error)?.code ?? 'NETWORK';

/**
 * Turns a tRPC error into field errors and a form message: zod issues arrive as
 * `data.zodError.fieldErrors`, domain errors as `data.field` plus a readable `message`.
 */
export function readApiError(error: unknown, messages: ErrorMessages = {}): ApiErrorView {
  const data = dataOf(error);
  const code = data?.code ?? 'NETWORK';
  const serverMessage = error instanceof Error && data ? error.message : null;
  const fields: Record<string, string> = {};
  for (const [field, list] of Object.entries(data?.zodError?.fieldErrors ?? {})) {
    const first = list?.[0];
    if (first) fields[field] = messages[`${code}:${field}`] ?? first;
  }
  // For zod errors `field` only repeats the first key, and the message is the raw issue list.
  if (data?.field && !(data.field in fields)) {
    fields[data.field] = messages[`${code}:${data.field}`] ?? serverMessage ?? code;
  }
  if (Object.keys(fields).length > 0) return { code, fields, message: null };
  const formError = data?.zodError?.formErrors?.[0];
  return { code, fields, message: messages[code] ?? formError ?? serverMessage ?? messages.NETWORK ?? null };
}
