import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiErrorView, type ErrorMessages, readApiError } from './errors';

/** `readApiError` with the messages every screen shares already translated. */
export function useApiError(): (error: unknown, messages?: ErrorMessages) => ApiErrorView {
  const { t } = useTranslation();
  return useCallback(
    (error, messages = {}) =>
      readApiError(error, {
        NETWORK: t('errors.network'),
        INTERNAL_SERVER_ERROR: t('errors.server'),
        TOO_MANY_REQUESTS: t('errors.tooMany'),
        FORBIDDEN: t('errors.forbidden'),
        ...messages,
      }),
    [t],
  );
}
