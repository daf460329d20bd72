import { errorCode, trpc, useApiError, useAttemptKey } from '@reserva/ui';
import { getMutationKey } from '@trpc/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { clearHoldSession } from '../booking/seats/hold-session';
import { bookingLookup, rememberManageToken } from '../booking-detail/manage-tokens';
import { type CardValues, cardPayment } from './card-input';

interface CheckoutOptions {
  /** The hold token; without it the hold cookie is used. */
  token: string | undefined;
  /** Field errors (by card field) and a message for the whole form. */
  onFail: (fields: Partial<Record<keyof CardValues, string>>, message: string | null) => void;
  /** The hold ended (expired, event cancelled) before it was paid for. */
  onGone: () => void;
}

const AUTO_RETRIES = 2;

/**
 * holds.checkout with an idempotency key per payment attempt. While the outcome is unknown (no
 * answer: the network dropped), retries, automatic or by pressing Pay again, send the same key,
 * so a charge that did go through is never made twice. Once the server has answered (declined,
 * gateway down), that attempt is over and the next press is a new attempt with a new key.
 */
/** Tells the page around the form that a card payment is on its way (with useIsMutating). */
export const CHECKOUT_KEY = getMutationKey(trpc.holds.checkout);

export function useCheckout({ token, onFail, onGone }: CheckoutOptions) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const attempt = useAttemptKey();
  const mutation = trpc.holds.checkout.useMutation({
    retry: (failures, error) => errorCode(error) === 'NETWORK' && failures < AUTO_RETRIES,
    // Here rather than in mutate(): it runs even if the page changed meanwhile (the seat stream
    // can say "booked" before this answer arrives).
    onSuccess: (booking) => {
      attempt.settle();
      rememberManageToken(booking.code, booking.manageToken);
      utils.bookings.get.setData(bookingLookup(booking.code), booking);
      void utils.bookings.mine.invalidate();
      navigate(`/bookings/${booking.code}`, { replace: true, state: { justBooked: true } });
      clearHoldSession();
    },
  });

  const pay = (card: CardValues) => {
    mutation.mutate(
      { holdToken: token, payment: cardPayment(card), idempotencyKey: attempt.current() },
      {
        onError: (failure) => {
          const view = apiError(failure, {
            NETWORK: t('payment.noAnswer'),
            'BAD_REQUEST:payment.card.number': t('payment.declined'),
            'CONFLICT:idempotencyKey': t('payment.gatewayDown'),
          });
          attempt.settle(failure);
          if (view.code === 'NOT_FOUND' || (view.code === 'CONFLICT' && view.fields.holdToken)) {
            onGone();
            return;
          }
          const {
            'payment.card.number': number,
            'payment.card.expiry': expiry,
            'payment.card.cvc': cvc,
            ...rest
          } = view.fields;
          const other = Object.values(rest).join(' ');
          onFail({ number, expiry, cvc }, view.message ?? (other || null));
        },
      },
    );
  };
  return { pay, isPending: mutation.isPending };
}
