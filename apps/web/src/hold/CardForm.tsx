import { FormAlert, FormField, SubmitButton, type useForm } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { type CardField, type CardValues, checkCard, formatCardNumber, formatExpiry } from './card-input';

export type CardFormState = ReturnType<typeof useForm<CardField>>;

export const EMPTY_CARD: CardValues = { number: '', expiry: '', cvc: '' };

interface CardFormProps {
  form: CardFormState;
  busy: boolean;
  /** The pay button's words, with the amount. */
  payLabel: string;
  onPay: (card: CardValues) => void;
}

/** Card number, expiry and CVC, checked before the gateway sees them; errors beside their field. */
export function CardForm({ form, busy, payLabel, onPay }: CardFormProps) {
  const { t } = useTranslation();
  const submit = () => {
    const problems = checkCard(form.values, new Date());
    const fields = Object.fromEntries(
      Object.entries(problems).map(([field, problem]) => [field, t(`payment.errors.${problem}`)]),
    );
    if (Object.keys(fields).length > 0) form.fail({ code: 'INVALID', fields, message: null });
    else onPay(form.values);
  };
  const bind = (field: CardField, format?: (value: string) => string) => {
    const binding = form.field(field);
    return format
      ? { ...binding, onValueChange: (value: string) => binding.onValueChange(format(value)) }
      : binding;
  };
  return (
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
      <SubmitButton busy={busy}>{payLabel}</SubmitButton>
      <p className="field-hint">{t('payment.safeRetry')}</p>
    </form>
  );
}

/** Server field errors of a card payment, by card field, without the empty ones. */
export const cardFieldErrors = (fields: Partial<Record<CardField, string>>) =>
  Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1])));
