import { type BookingDetail, Dialog, Field, FormAlert, trpc, useApiError } from '@reserva/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RefundQuote } from './RefundQuote';

interface CancelBookingProps {
  booking: BookingDetail;
  onCancelled: (booking: BookingDetail) => void;
}

/** Cancel with a confirmation step; the reason is optional and goes into the booking's history. */
export function CancelBooking({ booking, onCancelled }: CancelBookingProps) {
  const { t } = useTranslation();
  const apiError = useApiError();
  const utils = trpc.useUtils();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const cancel = trpc.bookings.cancel.useMutation();

  const close = () => {
    setOpen(false);
    setError(null);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const description = reason.trim();
    cancel.mutate(
      { id: booking.id, ...(description ? { description } : {}) },
      {
        onSuccess: (cancelled) => {
          utils.bookings.get.setData({ code: cancelled.code }, cancelled);
          void utils.bookings.mine.invalidate();
          void utils.payments.invalidate();
          void utils.availability.search.invalidate();
          setOpen(false);
          onCancelled(cancelled);
        },
        onError: (failure) => {
          const view = apiError(failure);
          setError(view.message ?? Object.values(view.fields).join(' '));
        },
      },
    );
  };

  return (
    <section className="card cancel-booking" aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t('bookingPage.cancel.title')}</h2>
      <p>{t('bookingPage.cancel.policy')}</p>
      <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
        {t('bookingPage.cancel.button')}
      </button>
      <Dialog
        open={open}
        title={t('bookingPage.cancel.confirmTitle', { code: booking.code })}
        onClose={close}
      >
        <form className="dialog-body" noValidate onSubmit={submit}>
          <p>{t('bookingPage.cancel.body', { venue: booking.venue.name })}</p>
          <RefundQuote bookingId={booking.id} timeZone={booking.venue.timeZone} />
          <Field label={t('bookingPage.cancel.reason')} hint={t('bookingPage.cancel.reasonHint')}>
            {(control) => (
              <textarea
                {...control}
                name="reason"
                rows={3}
                maxLength={500}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <FormAlert message={error} />
          <div className="dialog-actions">
            <button type="button" className="btn btn-secondary" onClick={close}>
              {t('bookingPage.cancel.keep')}
            </button>
            <button
              type="submit"
              className="btn btn-danger"
              disabled={cancel.isPending}
              aria-busy={cancel.isPending}
            >
              {cancel.isPending ? t('auth.working') : t('bookingPage.cancel.confirm')}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
