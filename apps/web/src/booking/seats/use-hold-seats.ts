import { trpc, useApiError } from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { saveHoldSession } from './hold-session';

interface HoldSeatsOptions {
  eventId: string;
  venueSlug: string;
  /** A CONFLICT: someone took some of the seats; the caller refreshes the map. */
  onConflict: () => void;
}

/**
 * holds.create for the chosen seats. Success keeps the token for this tab and opens the hold page.
 * A conflict refreshes the map, where the taken seats drop out of the choice and are named; other
 * refusals (the showtime started, a seat cannot be sold) are said in words.
 */
export function useHoldSeats({ eventId, venueSlug, onConflict }: HoldSeatsOptions) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const [error, setError] = useState<string | null>(null);
  const mutation = trpc.holds.create.useMutation();

  const hold = (seatIds: string[]) => {
    setError(null);
    mutation.mutate(
      { eventId, seatIds },
      {
        onSuccess: (created) => {
          saveHoldSession({
            token: created.holdToken,
            holdId: created.holdId,
            eventId,
            venueSlug,
            seatIds: created.seats.map((seat) => seat.id),
          });
          void utils.events.list.invalidate();
          navigate('/hold');
        },
        onError: (failure) => {
          const view = apiError(failure, { 'BAD_REQUEST:eventId': t('seatMap.eventClosed') });
          if (view.code === 'CONFLICT') {
            // The refreshed map names the taken seats; this stands in if they are free again by then.
            setError(t('seatMap.conflict'));
            onConflict();
            return;
          }
          setError(view.message ?? Object.values(view.fields).join(' '));
        },
      },
    );
  };
  return { hold, isPending: mutation.isPending, error, clearError: () => setError(null) };
}
