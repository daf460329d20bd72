import { type BookingDetail, errorCode, newIdempotencyKey, trpc, useApiError } from '@reserva/ui';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type CardValues, cardPayment } from '../hold/card-input';

interface PayBookingOptions {
  /** The owner pays by id; a guest by the code they were given. */
  ref: { bookingId: string } | { code: string };
  onPaid: (booking: BookingDetail) => void;
  onFail: (fields: Partial<Record<keyof CardValues, string>>, message: string | null) => void;
}

const AUTO_RETRIES = 2;

/**
 * payments.pay with one idempotency key per attempt, as the seat checkout does: while the outcome
 * is unknown (no answer), a retry sends the same key, so a charge that went through is never made
 * twice; once the server has answered, the next press is a new attempt.
 */
export function usePayBooking({ ref, onPaid, onFail }: PayBookingOptions) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const key = useRef<string | null>(null);
  const mutation = trpc.payments.pay.useMutation({
    retry: (failures, error) => errorCode(error) === 'NETWORK' && failures < AUTO_RETRIES,
    onSuccess: (booking) => {
      key.current = null;
      utils.bookings.get.setData({ code: booking.code }, booking);
      void utils.payments.invalidate();
      void utils.bookings.mine.invalidate();
      onPaid(booking);
    },
  });
  const pay = (card: CardValues) => {
    key.current ??= newIdempotencyKey();
    mutation.mutate(
      { ...ref, card: cardPayment(card).card, idempotencyKey: key.current },
      {
        onError: (failure) => {
          const view = apiError(failure, {
            NETWORK: t('payment.noAnswer'),
            'BAD_REQUEST:card.number': t('payment.declined'),
            'CONFLICT:idempotencyKey': t('payment.gatewayDown'),
            'CONFLICT:bookingId': t('money.alreadyPaid'),
          });
          if (view.code !== 'NETWORK') key.current = null;
          if (view.code === 'CONFLICT' && view.fields.bookingId) void utils.payments.invalidate();
          const { 'card.number': number, 'card.expiry': expiry, 'card.cvc': cvc, ...rest } = view.fields;
          const other = Object.values(rest).join(' ');
          onFail({ number, expiry, cvc }, view.message ?? (other || null));
        },
      },
    );
  };
  return { pay, isPending: mutation.isPending };
}
