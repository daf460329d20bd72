import { normalizeBookingCode } from '@reserva/domain';
import { Field, SubmitButton } from '@reserva/ui';
import { type FormEvent, useId, useRef, useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import { useBookingAction } from './use-booking-action';
import { useDeskError } from './use-desk-error';

/**
 * The front desk's quickest path: type or scan a booking code (scanners type it and press Enter),
 * and the guest is checked in. The field empties and keeps focus, ready for the next guest.
 */
export function CheckInField() {
  const { pt } = usePanelT();
  const deskError = useDeskError();
  const checkIn = useBookingAction();
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [success, setSuccess] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSuccess('');
    const normalized = normalizeBookingCode(code);
    if (!normalized) {
      setError(pt('checkIn.invalid'));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    checkIn.mutate(
      { action: 'checkInByCode', code: normalized },
      {
        onSuccess: (booking) => {
          setSuccess(
            pt('checkIn.success', { name: booking.contact.name ?? booking.code, code: booking.code }),
          );
          setCode('');
        },
        onError: (failure) => {
          const view = deskError(failure, { NOT_FOUND: pt('checkIn.notFound', { code: normalized }) });
          setError(view.message ?? Object.values(view.fields)[0] ?? pt('checkIn.invalid'));
        },
        onSettled: () => inputRef.current?.focus(),
      },
    );
  };

  return (
    <form className="card checkin" noValidate onSubmit={submit}>
      <Field label={pt('checkIn.label')} hint={pt('checkIn.hint')}>
        {(control) => (
          <input
            {...control}
            // The error lives in the always-present alert below, so it is announced as it appears.
            aria-invalid={Boolean(error)}
            aria-describedby={[control['aria-describedby'], error ? errorId : null].filter(Boolean).join(' ')}
            ref={inputRef}
            className="checkin-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
      </Field>
      <SubmitButton busy={checkIn.isPending}>{pt('checkIn.submit')}</SubmitButton>
      <p id={errorId} role="alert" className="field-error checkin-message">
        {error}
      </p>
      <p role="status" className="status-line checkin-message">
        {success}
      </p>
    </form>
  );
}
