import { type BookingDetail, trpc } from '@reserva/ui';
import { skipToken } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { clearHoldSession } from '../booking/seats/hold-session';
import { bookingLookup } from '../booking-detail/manage-tokens';

interface Watched {
  holdId: string;
  eventId: string;
}

const isTicket = (booking: BookingDetail) => booking.paymentStatus === 'PAID' && booking.status !== 'HELD';

/**
 * The booking code holds.get gives for a paid hold, once the API has it (`bookingCode`, proposed):
 * read loosely so this works before and after that field exists.
 */
const codeOf = (hold: object | undefined): string | null =>
  hold && 'bookingCode' in hold && typeof hold.bookingCode === 'string' ? hold.bookingCode : null;

/**
 * Watches a hold for the moment it becomes a booking: staff confirming an offline payment (bus),
 * or a payment made in another tab. The event's seat stream says "booked" for this hold's seats
 * at once; the booking is then looked up by id and its ticket page opens, no reload needed.
 *
 * The lookup works for the booking's owner (a signed-in customer) and staff. For a guest, holds.get
 * cannot tell yet: payment spends the hold token, so it answers "gone" like an expired hold;
 * `confirmed` still says the seats were booked, and the page says the code comes from the operator.
 */
export function useHoldOutcome(watched: Watched | null, hold: object | undefined, holdGone: boolean) {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const [confirmed, setConfirmed] = useState(false);
  trpc.events.onSeatChange.useSubscription(watched ? { eventId: watched.eventId } : skipToken, {
    onData: ({ data }) => {
      if (!watched || data.holdId !== watched.holdId) return;
      if (data.status === 'booked') setConfirmed(true);
      // Booked (its code), given back or expired: holds.get says which.
      void utils.holds.get.invalidate();
    },
  });
  const lookup = trpc.bookings.get.useQuery(
    watched && (confirmed || holdGone) ? { id: watched.holdId } : skipToken,
    { retry: false },
  );
  const ticket = lookup.data && isTicket(lookup.data) ? lookup.data : null;
  const code = ticket?.code ?? codeOf(hold);
  useEffect(() => {
    if (!code) return;
    if (ticket) utils.bookings.get.setData(bookingLookup(code), ticket);
    void utils.bookings.mine.invalidate();
    navigate(`/bookings/${code}`, { replace: true, state: { justBooked: true } });
    clearHoldSession();
  }, [code, ticket, navigate, utils]);
  return { confirmed, lookingUp: lookup.isFetching };
}
