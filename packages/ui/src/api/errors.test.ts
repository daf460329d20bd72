import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { isClientError, readApiError } from './errors';

const apiError = (message: string, data: Record<string, unknown>) =>
  TRPCClientError.from({ error: { message, code: -32600, data } });

describe('readApiError', () => {
  it('reads zod field errors', () => {
    const error = apiError('Invalid input', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      field: 'email',
      zodError: {
        formErrors: [],
        fieldErrors: { email: ['Enter a valid email address'], password: ['Too short'] },
      },
    });
    expect(readApiError(error)).toEqual({
      code: 'BAD_REQUEST',
      fields: { email: 'Enter a valid email address', password: 'Too short' },
      message: null,
    });
  });

  it('puts a domain error beside its field, with an optional translation', () => {
    const error = apiError('An account with this email already exists', {
      code: 'CONFLICT',
      httpStatus: 409,
      field: 'email',
    });
    expect(readApiError(error).fields).toEqual({ email: 'An account with this email already exists' });
    expect(readApiError(error, { 'CONFLICT:email': 'Sudah terdaftar' }).fields).toEqual({
      email: 'Sudah terdaftar',
    });
  });

  it('gives a form message for errors without a field', () => {
    const error = apiError('Wrong email or password', { code: 'UNAUTHORIZED', httpStatus: 401 });
    expect(readApiError(error)).toMatchObject({ code: 'UNAUTHORIZED', message: 'Wrong email or password' });
    expect(readApiError(error, { UNAUTHORIZED: 'Salah' }).message).toBe('Salah');
    expect(isClientError(error)).toBe(true);
  });

  it('treats a missing answer as a network error', () => {
    const error = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(readApiError(error, { NETWORK: 'offline' })).toEqual({
      code: 'NETWORK',
      fields: {},
      message: 'offline',
    });
    expect(isClientError(error)).toBe(false);
  });
});
