import { FormField, formatMoney, SelectField, SubmitButton, trpc, useAttemptKey } from '@reserva/ui';
import { amount, required } from '../../components/checks';
import { PriceField } from '../../components/PriceField';
import { useCheckedForm } from '../../components/use-checked-form';
import { amountText, parseAmount } from '../../format/money-input';
import { usePanelT } from '../../i18n/panel-i18n';
import { useDeskError } from '../use-desk-error';
import { onAmountField, useMoneyRefresh } from './use-money-action';

const METHODS = ['cash', 'bank_transfer', 'qris'] as const;

interface CounterPaymentFormProps {
  bookingId: string;
  dueMinor: number;
  currency: string;
  onBack: () => void;
  onDone: (amountMinor: number) => void;
}

/** Money taken at the counter: how (cash, transfer, QRIS), its reference, and the amount owed. */
export function CounterPaymentForm({
  bookingId,
  dueMinor,
  currency,
  onBack,
  onDone,
}: CounterPaymentFormProps) {
  const { pt } = usePanelT();
  const deskError = useDeskError();
  const refresh = useMoneyRefresh();
  const key = useAttemptKey();
  const record = trpc.staff.payments.record.useMutation();
  const form = useCheckedForm(
    { method: 'cash', reference: '', amount: amountText(dueMinor, currency) },
    { method: required, reference: required, amount: amount(currency) },
  );
  const submit = () => {
    const amountMinor = parseAmount(form.values.amount, currency) ?? 0;
    record.mutate(
      {
        bookingId,
        method: form.values.method as (typeof METHODS)[number],
        reference: form.values.reference,
        amountMinor,
        idempotencyKey: key.current(),
      },
      {
        onSuccess: () => {
          key.settle();
          void refresh(bookingId);
          onDone(amountMinor);
        },
        onError: (error) => {
          key.settle(error);
          const view = deskError(error, {
            'BAD_REQUEST:amountMinor': pt('money.mustBeOwed', { amount: formatMoney(dueMinor, currency) }),
          });
          form.fail(onAmountField(view));
        },
      },
    );
  };
  return (
    <form ref={form.formRef} className="cancel-form money-form" noValidate onSubmit={form.onSubmit(submit)}>
      <h4>{pt('money.record')}</h4>
      <SelectField
        {...form.field('method')}
        label={pt('money.method')}
        options={METHODS.map((method) => ({ value: method, label: pt(`money.methods.${method}`) }))}
      />
      <FormField
        {...form.field('reference')}
        label={pt('money.reference')}
        hint={pt('money.referenceHint')}
        required
      />
      <PriceField
        {...form.field('amount')}
        label={pt('money.amount')}
        currency={currency}
        hint={pt('money.amountOwedHint', { amount: formatMoney(dueMinor, currency) })}
      />
      <div className="row-actions">
        <SubmitButton busy={record.isPending}>{pt('money.recordSubmit')}</SubmitButton>
        <button type="button" className="btn btn-secondary" onClick={onBack}>
          {pt('money.back')}
        </button>
      </div>
    </form>
  );
}
