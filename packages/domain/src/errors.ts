/**
 * The one error vocabulary of Reserva. Services throw these; the API maps them to tRPC codes in
 * one place, so every caller sees the same code and a readable message.
 */
export type DomainErrorKind =
  | 'Validation'
  | 'NotFound'
  | 'Conflict'
  | 'IllegalTransition'
  | 'Forbidden'
  | 'Unauthorized'
  | 'RateLimited';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The input field the error is about, when there is one (e.g. `email`, `contact.phone`). */
    readonly field?: string,
  ) {
    super(message);
    this.name = `${kind}Error`;
  }
}

export const validationError = (field: string, message: string) =>
  new DomainError('Validation', message, field);
export const notFound = (what: string) => new DomainError('NotFound', `${what} was not found`);
export const conflict = (message: string, field?: string) => new DomainError('Conflict', message, field);
export const forbidden = (message = 'You are not allowed to do this') =>
  new DomainError('Forbidden', message);
export const unauthorized = (message = 'Sign in first') => new DomainError('Unauthorized', message);
export const rateLimited = (message = 'Too many attempts; try again in a few minutes') =>
  new DomainError('RateLimited', message);
export const illegalTransition = (from: string, to: string) =>
  new DomainError('IllegalTransition', `A booking that is ${from} cannot become ${to}`);

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
