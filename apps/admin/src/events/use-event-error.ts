import { type ApiErrorView, useApiError } from '@reserva/ui';
import { useCallback } from 'react';
import { usePanelT } from '../i18n/panel-i18n';

/**
 * An event's refusal in words, on its field: an overlap on the layout and a move with bookings
 * both land beside the start (admin-events.service.ts), a route to itself beside the destination.
 */
export function useEventError(): (error: unknown) => ApiErrorView {
  const apiError = useApiError();
  const { pt } = usePanelT();
  return useCallback(
    (error) => {
      const message = error instanceof Error ? error.message : '';
      return apiError(error, {
        'CONFLICT:startsAt': pt(
          /bookings or holds/.test(message) ? 'events.errors.hasBookings' : 'events.errors.overlap',
        ),
        'BAD_REQUEST:startsAt': pt('events.errors.past'),
        'BAD_REQUEST:endsAt': pt(/at most/.test(message) ? 'events.errors.tooLong' : 'events.endBeforeStart'),
        'BAD_REQUEST:destination': pt('events.errors.sameRoute'),
        'BAD_REQUEST:layoutId': pt('events.errors.layout'),
        'BAD_REQUEST:operatorWhatsapp': pt('events.errors.whatsapp'),
        CONFLICT: pt(
          /already taken place/.test(message)
            ? 'events.errors.over'
            : /(is|already) cancelled/.test(message)
              ? 'events.errors.cancelled'
              : 'events.errors.conflict',
        ),
        NOT_FOUND: pt('events.errors.notFound'),
      });
    },
    [apiError, pt],
  );
}
