import { FormAlert, HoldCountdown, type User } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { ChangeSeatsButton } from '../booking/seats/ChangeSeatsButton';
import type { HoldSession } from '../booking/seats/hold-session';
import { useChangeSeats } from '../booking/seats/use-change-seats';
import { ClaimWaiting } from './ClaimWaiting';
import { ContactStep } from './ContactStep';
import { type HoldData, HoldSummary } from './HoldSummary';
import { PaymentStep } from './PaymentStep';

interface HoldViewProps {
  hold: HoldData;
  session: HoldSession | null;
  user: User | null;
  /** The hold is no longer live (a step was refused with "gone"); the page re-asks. */
  onGone: () => void;
  onTimeUp: () => void;
}

/** A live hold: its countdown and contents, then paying (cinema) or contact and claim code (bus). */
export function HoldView({ hold, session, user, onGone, onTimeUp }: HoldViewProps) {
  const { t } = useTranslation();
  const change = useChangeSeats();
  const token = session?.token;
  const trip = hold.event.kind === 'trip';
  const heading = !trip ? t('hold.payTitle') : hold.claimCode ? t('hold.waitTitle') : t('hold.contactTitle');
  return (
    <article className="hold-page">
      <header className="hold-head">
        <h1>{heading}</h1>
        <HoldCountdown expiresAt={hold.expiresAt} onExpired={onTimeUp} />
      </header>
      <section className="card hold-held" aria-labelledby="hold-held-title">
        <h2 id="hold-held-title">{t('hold.heldTitle', { count: hold.seats.length })}</h2>
        <HoldSummary hold={hold} />
        <FormAlert message={change.error} />
        <ChangeSeatsButton change={change} token={token} hold={hold} />
      </section>
      <section className="card booking-panel">
        {!trip ? (
          <PaymentStep
            number={1}
            token={token}
            totalMinor={hold.totalMinor}
            currency={hold.currency}
            onGone={onGone}
          />
        ) : hold.claimCode ? (
          <ClaimWaiting
            number={2}
            claimCode={hold.claimCode}
            operatorWhatsappUrl={session?.operatorWhatsappUrl ?? null}
          />
        ) : (
          <ContactStep number={1} token={token} user={user} onGone={onGone} />
        )}
      </section>
    </article>
  );
}
