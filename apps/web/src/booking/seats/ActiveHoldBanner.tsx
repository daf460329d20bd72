import { FormAlert, HoldCountdown, trpc } from '@reserva/ui';
import { skipToken } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChangeSeatsButton } from './ChangeSeatsButton';
import { useHoldSession } from './hold-session';
import { useChangeSeats } from './use-change-seats';

/** Back on the venue page with seats still held: carry on with them, or give them back and choose again. */
export function ActiveHoldBanner({ venueSlug }: { venueSlug: string }) {
  const { t } = useTranslation();
  const session = useHoldSession();
  const hold = trpc.holds.get.useQuery(
    session?.venueSlug === venueSlug ? { holdToken: session.token } : skipToken,
    { retry: false },
  );
  const change = useChangeSeats();
  if (!session || !hold.data || hold.data.status !== 'HELD') return null;
  const held = hold.data;
  const seats = held.seats.map((seat) => seat.label).join(', ');
  return (
    <section className="hold-banner" aria-labelledby="hold-banner-title">
      <h3 id="hold-banner-title">{t('hold.bannerTitle', { count: held.seats.length, seats })}</h3>
      <p>{held.event.title}</p>
      <HoldCountdown expiresAt={held.expiresAt} onExpired={() => void hold.refetch()} />
      <FormAlert message={change.error} />
      <div className="actions">
        <Link to="/hold" className="btn btn-primary">
          {t(held.event.kind === 'trip' ? 'hold.continueTrip' : 'hold.continuePay')}
        </Link>
        <ChangeSeatsButton change={change} token={session.token} hold={held} />
      </div>
    </section>
  );
}
