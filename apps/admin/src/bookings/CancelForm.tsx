import { checkRequired, Field, FormAlert, formatMoney, trpc, useForm } from '@reserva/ui';
import { usePanelT } from '../i18n/panel-i18n';
import { type BookingDetail, type StaffCancelReason, useBookingAction } from './use-booking-action';
import { useDeskError } from './use-desk-error';

/** The reason codes staff may give; checked against the API's input type both ways. */
const REASONS = [
  'CUSTOMER_REQUEST',
  'NO_SHOW',
  'VENUE_CLOSED',
  'OTHER',
] as const satisfies readonly StaffCancelReason[];
const everyReasonListed: [Exclude<StaffCancelReason, (typeof REASONS)[number]>] extends [never]
  ? true
  : false = true;
void everyReasonListed;

interface CancelFormProps {
  booking: BookingDetail;
  onDone: (detail: BookingDetail) => void;
  onBack: () => void;
}

/** A cancellation needs a reason code and a description; the server's field errors land on the fields. */
export function CancelForm({ booking, onDone, onBack }: CancelFormProps) {
  const { t, pt } = usePanelT();
  const deskError = useDeskError();
  const cancel = useBookingAction();
  const form = useForm(
    { reasonCode: '', description: '' },
    { reasonCode: checkRequired, description: checkRequired },
  );
  const reason = form.field('reasonCode');
  const description = form.field('description');
  // The reason picks the policy's rule: what this cancellation would refund, before staff confirm.
  const quote = trpc.bookings.cancelQuote.useQuery(
    { id: booking.id, reasonCode: reason.value as StaffCancelReason },
    { enabled: reason.value !== '', staleTime: 0 },
  );
  const refundLine =
    quote.data && reason.value !== '' && quote.data.reason !== 'NOT_PAID'
      ? pt('money.cancelQuote', {
          refund: formatMoney(quote.data.refundMinor, quote.data.currency),
          fee: formatMoney(quote.data.feeMinor, quote.data.currency),
        })
      : null;

  const submit = () =>
    cancel.mutate(
      {
        action: 'cancel',
        id: booking.id,
        reasonCode: form.values.reasonCode as StaffCancelReason,
        description: form.values.description,
      },
      { onSuccess: onDone, onError: (error) => form.fail(deskError(error)) },
    );

  return (
    <form ref={form.formRef} className="cancel-form" noValidate onSubmit={form.onSubmit(submit)}>
      <h3>{pt('cancel.title')}</h3>
      <FormAlert message={form.formError} />
      <Field label={pt('cancel.reason')} error={reason.error}>
        {(control) => (
          <select
            {...control}
            required
            value={reason.value}
            onChange={(event) => reason.onValueChange(event.target.value)}
          >
            <option value="">{pt('cancel.choose')}</option>
            {REASONS.map((code) => (
              <option key={code} value={code}>
                {t(`booking.cancelReason.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {refundLine ? <p className="money-refund-quote">{refundLine}</p> : null}
      <Field label={pt('cancel.description')} hint={pt('cancel.descriptionHint')} error={description.error}>
        {(control) => (
          <textarea
            {...control}
            required
            rows={2}
            maxLength={500}
            value={description.value}
            onChange={(event) => description.onValueChange(event.target.value)}
          />
        )}
      </Field>
      <div className="row-actions">
        <button type="submit" className="btn btn-danger" disabled={cancel.isPending}>
          {pt('cancel.submit')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onBack}>
          {pt('cancel.back')}
        </button>
      </div>
    </form>
  );
}
