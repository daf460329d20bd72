import { Dialog, Field, type RouterOutputs, trpc } from '@reserva/ui';
import { type FormEvent, useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminEvent } from './event-form-values';
import { useEventError } from './use-event-error';

export type CancelResult = RouterOutputs['admin']['events']['cancel'];

interface CancelEventDialogProps {
  event: AdminEvent | null;
  onClose: () => void;
  onCancelled: (event: AdminEvent, result: CancelResult) => void;
}

/** Cancelling cancels every booking on the event and refunds the paid ones: a reason, then a clear yes. */
export function CancelEventDialog({ event, onClose, onCancelled }: CancelEventDialogProps) {
  const { pt } = usePanelT();
  const eventError = useEventError();
  const utils = trpc.useUtils();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const cancel = trpc.admin.events.cancel.useMutation({
    onSuccess: async (result) => {
      setReason('');
      setError(undefined);
      await Promise.all([utils.admin.events.list.invalidate(), utils.staff.bookings.list.invalidate()]);
      if (event) onCancelled(event, result);
    },
    onError: (failure) => {
      const view = eventError(failure);
      setError(view.fields.reason ?? view.message ?? Object.values(view.fields)[0]);
    },
  });
  const submit = (submitted: FormEvent) => {
    submitted.preventDefault();
    if (!event) return;
    if (!reason.trim()) {
      setError(pt('form.required'));
      return;
    }
    cancel.mutate({ id: event.id, reason });
  };
  const close = () => {
    setReason('');
    setError(undefined);
    onClose();
  };

  return (
    <Dialog
      open={event !== null}
      title={pt('events.cancelTitle', { title: event?.title ?? '' })}
      onClose={close}
    >
      <form className="dialog-body" noValidate onSubmit={submit}>
        <p>{pt('events.cancelBody', { count: event?.activeBookingCount ?? 0 })}</p>
        <Field label={pt('events.cancelReason')} hint={pt('events.cancelReasonHint')} error={error}>
          {(control) => (
            <textarea
              {...control}
              required
              rows={3}
              maxLength={500}
              value={reason}
              onChange={(change) => setReason(change.target.value)}
            />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={close}>
            {pt('form.back')}
          </button>
          <button
            type="submit"
            className="btn btn-danger"
            disabled={cancel.isPending}
            aria-busy={cancel.isPending}
          >
            {pt('events.cancelConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
