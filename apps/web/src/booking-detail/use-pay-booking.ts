import { type BookingDetail, errorCode, trpc, useApiError, useAttemptKey } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { type CardValues, cardPayment } from '../hold/card-input';
import { bookingLookup } from './manage-tokens';

interface PayBookingOptions {
  /** The owner pays by id; a guest by the code they were given. */
  ref: { bookingId: string } | { code: string; manageToken?: string | undefined };
  onPaid: (booking: BookingDetail) => void;
  onFail: (fields: Partial<Record<keyof CardValues, string>>, message: string | null) => void;
}

const AUTO_RETRIES = 2;

/** payments.pay with one idempotency key per attempt (useAttemptKey), as the seat checkout does. */
export function usePayBooking({ ref, onPaid, onFail }: PayBookingOptions) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const attempt = useAttemptKey();
  const mutation = trpc.payments.pay.useMutation({
    retry: (failures, error) => errorCode(error) === 'NETWORK' && failures < AUTO_RETRIES,
    onSuccess: (booking) => {
      attempt.settle();
      utils.bookings.get.setData(bookingLookup(booking.code), booking);
      void utils.payments.invalidate();
      void utils.bookings.mine.invalidate();
      onPaid(booking);
    },
  });
  const pay = (card: CardValues) => {
    mutation.mutate(
      { ...ref, card: cardPayment(card).card, idempotencyKey: attempt.current() },
      {
        onError: (failure) => {
          const view = apiError(failure, {
            NETWORK: t('payment.noAnswer'),
            'BAD_REQUEST:card.number': t('payment.declined'),
            'CONFLICT:idempotencyKey': t('payment.gatewayDown'),
            'CONFLICT:bookingId': t('money.alreadyPaid'),
          });
          attempt.settle(failure);
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
