import { formatMoney, useForm } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { BookingStep } from '../booking/shared/BookingStep';
import { CardForm, cardFieldErrors, EMPTY_CARD } from './CardForm';
import type { CardField } from './card-input';
import { useCheckout } from './use-checkout';

interface PaymentStepProps {
  number: number;
  /** The hold token; without it the hold cookie is used. */
  token: string | undefined;
  totalMinor: number;
  currency: string;
  onGone: () => void;
}

/** Card number, expiry and CVC → pay; errors beside the field they belong to, in words. */
export function PaymentStep({ number, token, totalMinor, currency, onGone }: PaymentStepProps) {
  const { t } = useTranslation();
  const form = useForm<CardField>(EMPTY_CARD);
  const checkout = useCheckout({
    token,
    onGone,
    onFail: (fields, message) => form.fail({ code: 'PAYMENT', fields: cardFieldErrors(fields), message }),
  });
  return (
    <BookingStep number={number} title={t('payment.step')}>
      <CardForm
        form={form}
        busy={checkout.isPending}
        payLabel={t('payment.pay', { total: formatMoney(totalMinor, currency) })}
        onPay={checkout.pay}
      />
    </BookingStep>
  );
}
