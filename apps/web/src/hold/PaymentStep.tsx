import { FormAlert, FormField, formatMoney, SubmitButton, useForm } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { BookingStep } from '../booking/shared/BookingStep';
import { type CardField, type CardValues, checkCard, formatCardNumber, formatExpiry } from './card-input';
import { useCheckout } from './use-checkout';

interface PaymentStepProps {
  number: number;
  /** The hold token; without it the hold cookie is used. */
  token: string | undefined;
  totalMinor: number;
  currency: string;
  onGone: () => void;
}

const EMPTY: CardValues = { number: '', expiry: '', cvc: '' };

/** Card number, expiry and CVC → pay; errors beside the field they belong to, in words. */
export function PaymentStep({ number, token, totalMinor, currency, onGone }: PaymentStepProps) {
  const { t } = useTranslation();
  const form = useForm<CardField>(EMPTY);
  const checkout = useCheckout({
    token,
    onGone,
    onFail: (fields, message) => form.fail({ code: 'PAYMENT', fields: strip(fields), message }),
  });
  const submit = () => {
    const problems = checkCard(form.values, new Date());
    const fields = Object.fromEntries(
      Object.entries(problems).map(([field, problem]) => [field, t(`payment.errors.${problem}`)]),
    );
    if (Object.keys(fields).length > 0) form.fail({ code: 'INVALID', fields, message: null });
    else checkout.pay(form.values);
  };
  const bind = (field: CardField, format?: (value: string) => string) => {
    const binding = form.field(field);
    return format
      ? { ...binding, onValueChange: (value: string) => binding.onValueChange(format(value)) }
      : binding;
  };
  return (
    <BookingStep number={number} title={t('payment.step')}>
      <form
        ref={form.formRef}
        className="reserve-form payment-form"
        noValidate
        onSubmit={form.onSubmit(submit)}
      >
        <p className="field-hint">{t('payment.testCards')}</p>
        <FormField
          label={t('payment.number')}
          autoComplete="cc-number"
          inputMode="numeric"
          placeholder="1234 5678 9012 3456"
          required
          {...bind('number', formatCardNumber)}
        />
        <div className="payment-row">
          <FormField
            label={t('payment.expiry')}
            autoComplete="cc-exp"
            inputMode="numeric"
            placeholder={t('payment.expiryPlaceholder')}
            hint={t('payment.expiryHint')}
            required
            {...bind('expiry', formatExpiry)}
          />
          <FormField
            label={t('payment.cvc')}
            autoComplete="cc-csc"
            inputMode="numeric"
            maxLength={4}
            hint={t('payment.cvcHint')}
            required
            {...bind('cvc')}
          />
        </div>
        <FormAlert message={form.formError} />
        <SubmitButton busy={checkout.isPending}>
          {t('payment.pay', { total: formatMoney(totalMinor, currency) })}
        </SubmitButton>
        <p className="field-hint">{t('payment.safeRetry')}</p>
      </form>
    </BookingStep>
  );
}

const strip = (fields: Partial<Record<CardField, string>>) =>
  Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1])));
