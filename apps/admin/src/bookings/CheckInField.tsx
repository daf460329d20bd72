import { normalizeBookingCode } from '@reserva/domain';
import { type FormEvent, useRef, useState } from 'react';
import { CodeEntryForm } from '../components/CodeEntryForm';
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
    <CodeEntryForm
      label={pt('checkIn.label')}
      hint={pt('checkIn.hint')}
      submitLabel={pt('checkIn.submit')}
      code={code}
      onCodeChange={setCode}
      onSubmit={submit}
      inputRef={inputRef}
      busy={checkIn.isPending}
      error={error}
      status={success}
    />
  );
}
