import { errorCode, Loading, Notice, QueryError, trpc, useDocumentTitle, useMe } from '@reserva/ui';
import { useIsMutating } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHoldSession } from '../booking/seats/hold-session';
import { HoldGone } from '../hold/HoldGone';
import { HoldView } from '../hold/HoldView';
import { CHECKOUT_KEY } from '../hold/use-checkout';
import { useHoldOutcome } from '../hold/use-hold-outcome';
import { FindBookingForm } from '../my-bookings/FindBookingForm';

/** Checked again this often, and on coming back to the tab: a hold can end elsewhere. */
const RECHECK_MS = 15_000;

/**
 * `/hold`: the seats this tab holds (its stored token, else the hold cookie). Pay for them
 * (cinema) or give a contact and pay the operator (bus); the page turns into the ticket once the
 * booking is paid, and says what happened, with a way back to the seats, when the hold ends.
 */
export function HoldPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('hold.title'));
  const session = useHoldSession();
  const me = useMe();
  const hold = trpc.holds.get.useQuery(
    { holdToken: session?.token },
    { retry: false, refetchInterval: RECHECK_MS, refetchOnWindowFocus: 'always' },
  );
  const [timeUp, setTimeUp] = useState(false);
  const data = hold.data;
  const gone = errorCode(hold.error) === 'NOT_FOUND' || (data !== undefined && data.status !== 'HELD');
  const watched = data
    ? { holdId: data.holdId, eventId: data.event.id }
    : session
      ? { holdId: session.holdId, eventId: session.eventId }
      : null;
  const outcome = useHoldOutcome(watched, data, gone);
  // While a card payment is on its way the form stays: its answer opens the ticket.
  const paying = useIsMutating({ mutationKey: CHECKOUT_KEY }) > 0;

  if (paying && data) return view(data);
  if (hold.isPending || me.isPending || outcome.lookingUp) return <Loading />;
  if (outcome.confirmed) {
    return (
      <>
        <Notice title={t('bus.confirmedTitle')}>
          <p>{t(data?.event.kind === 'showtime' ? 'hold.paidElsewhere' : 'bus.confirmedNoCode')}</p>
        </Notice>
        <FindBookingForm />
      </>
    );
  }
  if (hold.isError && !gone) return <QueryError error={hold.error} onRetry={() => void hold.refetch()} />;
  const expired = timeUp || (data !== undefined && new Date(data.expiresAt).getTime() <= Date.now());
  if (!data || gone || expired) return <HoldGone hold={data} session={session} expired={expired} />;
  return view(data);

  function view(live: NonNullable<typeof data>) {
    return (
      <HoldView
        hold={live}
        session={session}
        user={me.data ?? null}
        onGone={() => void hold.refetch()}
        onTimeUp={() => setTimeUp(true)}
      />
    );
  }
}
