import { errorCode, trpc, useApiError } from '@reserva/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { clearHoldSession } from './hold-session';
import { type ReselectState, seatMapUrl } from './journey-params';

export type HeldEvent = Parameters<typeof seatMapUrl>[0];

/**
 * Back to the seat map with these seats chosen again: after the hold expired, or to change seats
 * (the hold is given back first, so the seats are free to choose again).
 */
export function useChangeSeats() {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const release = trpc.holds.release.useMutation();
  const [error, setError] = useState<string | null>(null);

  const goBack = async (event: HeldEvent, seatIds: readonly string[]) => {
    // The cached map still shows these seats held; the map page starts from a fresh one.
    await utils.events.seatMap.reset({ eventId: event.id });
    void utils.events.list.invalidate();
    navigate(seatMapUrl(event), { state: { reselect: [...seatIds] } satisfies ReselectState });
    // After leaving: the hold page would otherwise ask for a hold that is no longer there.
    clearHoldSession();
  };

  /** Gives the hold back; a hold already gone (expired, taken elsewhere) changes nothing. */
  const changeSeats = (token: string | undefined, event: HeldEvent, seatIds: readonly string[]) =>
    release.mutate(
      { holdToken: token },
      {
        onSuccess: () => void goBack(event, seatIds),
        onError: (failure) => {
          if (errorCode(failure) === 'NOT_FOUND') void goBack(event, seatIds);
          else setError(apiError(failure).message);
        },
      },
    );

  return { changeSeats, chooseAgain: goBack, isPending: release.isPending, error };
}
