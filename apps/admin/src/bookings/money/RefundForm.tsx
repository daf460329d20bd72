import { Field, formatMoney, SubmitButton, trpc, useAttemptKey, useMe } from '@reserva/ui';
import { amount, required } from '../../components/checks';
import { PriceField } from '../../components/PriceField';
import { useCheckedForm } from '../../components/use-checked-form';
import { amountText, parseAmount } from '../../format/money-input';
import { usePanelT } from '../../i18n/panel-i18n';
import { useDeskError } from '../use-desk-error';
import { onAmountField, useMoneyRefresh } from './use-money-action';

interface RefundFormProps {
  bookingId: string;
  venueId: string;
  refundableMinor: number;
  currency: string;
  onBack: () => void;
  onDone: (amountMinor: number) => void;
}

/** A refund by hand, whole or part, with the reason; the refund worker sends it to the gateway. */
export function RefundForm({
  bookingId,
  venueId,
  refundableMinor,
  currency,
  onBack,
  onDone,
}: RefundFormProps) {
  const { t, pt } = usePanelT();
  const deskError = useDeskError();
  const refresh = useMoneyRefresh();
  const key = useAttemptKey();
  const refund = trpc.staff.payments.refund.useMutation();
  // The venue's public settings say up to where staff may refund without an admin.
  const venue = trpc.venues.get.useQuery({ id: venueId }, { staleTime: 60_000 });
  const me = useMe();
  const limit = venue.data?.settings.manualRefundAdminAboveMinor;
  const adminAbove =
    limit === undefined ? null : pt('money.adminAbove', { amount: formatMoney(limit, currency) });
  const form = useCheckedForm(
    { amount: amountText(refundableMinor, currency), reason: '' },
    { amount: amount(currency), reason: required },
  );
  const typed = parseAmount(form.values.amount, currency);
  const reason = form.field('reason');
  const submit = () =>
    refund.mutate(
      {
        bookingId,
        amountMinor: typed ?? 0,
        reason: form.values.reason,
        idempotencyKey: key.current(),
      },
      {
        onSuccess: (result) => {
          key.settle();
          void refresh(bookingId);
          onDone(result.amountMinor);
        },
        onError: (error) => {
          key.settle(error);
          const view = deskError(error, {
            FORBIDDEN: adminAbove ?? t('errors.forbidden'),
            'BAD_REQUEST:amountMinor': pt('money.refundTooMuch', {
              amount: formatMoney(refundableMinor, currency),
            }),
          });
          form.fail(onAmountField(view));
        },
      },
    );
  return (
    <form ref={form.formRef} className="cancel-form money-form" noValidate onSubmit={form.onSubmit(submit)}>
      <h4>{pt('money.refund')}</h4>
      <PriceField
        {...form.field('amount')}
        label={pt('money.amount')}
        currency={currency}
        hint={[
          pt('money.refundAmountHint', { amount: formatMoney(refundableMinor, currency) }),
          me.data?.role === 'admin' ? null : adminAbove,
        ]
          .filter(Boolean)
          .join(' ')}
      />
      <Field label={pt('money.reason')} hint={pt('money.reasonHint')} error={reason.error}>
        {(control) => (
          <textarea
            {...control}
            name="reason"
            required
            rows={2}
            maxLength={500}
            value={reason.value}
            onChange={(event) => reason.onValueChange(event.target.value)}
          />
        )}
      </Field>
      <div className="row-actions">
        <SubmitButton busy={refund.isPending}>
          {pt('money.refundSubmit', { amount: formatMoney(typed ?? 0, currency) })}
        </SubmitButton>
        <button type="button" className="btn btn-secondary" onClick={onBack}>
          {pt('money.back')}
        </button>
      </div>
    </form>
  );
}
