import { type ApiErrorView, errorCode, useApiError } from '@reserva/ui';
import { useCallback } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import { illegalTransitionIn, isNotStartedRefusal } from './booking-errors';

/** A desk action's error in the reader's words: field errors stay on their fields. */
export function useDeskError(): (error: unknown, messages?: Record<string, string>) => ApiErrorView {
  const apiError = useApiError();
  const { t, pt } = usePanelT();
  return useCallback(
    (error, messages = {}) => {
      const message = error instanceof Error ? error.message : '';
      if (errorCode(error) === 'CONFLICT') {
        const illegal = illegalTransitionIn(message);
        const words = illegal
          ? pt('errors.illegal', { from: t(`status.${illegal.from}`), to: t(`status.${illegal.to}`) })
          : isNotStartedRefusal(message)
            ? pt('errors.notStarted')
            : null;
        if (words) return { code: 'CONFLICT', fields: {}, message: words };
      }
      return apiError(error, { NOT_FOUND: pt('errors.notFound'), ...messages });
    },
    [apiError, t, pt],
  );
}
