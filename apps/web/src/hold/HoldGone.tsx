import { Notice } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HoldSession } from '../booking/seats/hold-session';
import type { ReselectState } from '../booking/seats/journey-params';
import { useChangeSeats } from '../booking/seats/use-change-seats';
import type { HoldData } from './HoldSummary';

interface HoldGoneProps {
  /** The hold as last seen, when it was seen on this page. */
  hold: HoldData | undefined;
  session: HoldSession | null;
  /** Its time ran out (rather than it being paid, given back, or moved to another device). */
  expired: boolean;
}

/** The hold is over: say why in words, and lead back to the same seats — never a dead end. */
export function HoldGone({ hold, session, expired }: HoldGoneProps) {
  const { t } = useTranslation();
  const change = useChangeSeats();
  const seatIds = hold?.seats.map((seat) => seat.id) ?? session?.seatIds ?? [];
  const seats = hold?.seats.map((seat) => seat.label).join(', ');
  const again = hold ? (
    <button
      type="button"
      className="btn btn-primary"
      onClick={() => void change.chooseAgain(hold.event, seatIds)}
    >
      {t('hold.chooseAgain')}
    </button>
  ) : session ? (
    <Link
      className="btn btn-primary"
      to={`/v/${session.venueSlug}?event=${session.eventId}`}
      state={{ reselect: seatIds } satisfies ReselectState}
    >
      {t('hold.chooseAgain')}
    </Link>
  ) : (
    <Link className="btn btn-primary" to="/">
      {t('web.backToVenues')}
    </Link>
  );
  return (
    <Notice
      tone="warning"
      title={expired ? t('hold.expiredTitle') : t('hold.goneTitle')}
      actions={
        <>
          {again}
          <Link className="btn btn-secondary" to="/claim">
            {t('claim.link')}
          </Link>
          <Link className="btn btn-secondary" to="/my-bookings">
            {t('hold.findBooking')}
          </Link>
        </>
      }
    >
      <p>
        {expired
          ? t('hold.expiredBody', { seats: seats ?? '' })
          : session || hold
            ? t('hold.goneBody')
            : t('hold.noneBody')}
      </p>
    </Notice>
  );
}
