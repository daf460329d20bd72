import { useTranslation } from 'react-i18next';
import type { HeldEvent, useChangeSeats } from './use-change-seats';

interface ChangeSeatsButtonProps {
  change: ReturnType<typeof useChangeSeats>;
  token: string | undefined;
  hold: { event: HeldEvent; seats: readonly { id: string }[] };
}

/** Gives the hold back and returns to the seat map with the same seats chosen again. */
export function ChangeSeatsButton({ change, token, hold }: ChangeSeatsButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="btn btn-secondary"
      disabled={change.isPending}
      onClick={() =>
        change.changeSeats(
          token,
          hold.event,
          hold.seats.map((seat) => seat.id),
        )
      }
    >
      {t('hold.changeSeats')}
    </button>
  );
}
