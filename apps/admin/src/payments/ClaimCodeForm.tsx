import { normalizeClaimCode } from '@reserva/domain';
import { Field, SubmitButton } from '@reserva/ui';
import { type FormEvent, useId, useRef, useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';

/**
 * The claim code the customer reads out or pastes from WhatsApp: any case, with or without the
 * dash or spaces. A code that cannot be one is refused here; an unknown one by the lookup.
 */
export function ClaimCodeForm({ onLookup }: { onLookup: (claimCode: string) => void }) {
  const { pt } = usePanelT();
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeClaimCode(code);
    if (!normalized) {
      setError(pt('payments.invalid'));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    setCode(normalized);
    onLookup(normalized);
  };

  return (
    <form className="card checkin" noValidate onSubmit={submit}>
      <Field label={pt('payments.claimLabel')} hint={pt('payments.claimHint')}>
        {(control) => (
          <input
            {...control}
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
      <SubmitButton busy={false}>{pt('payments.lookup')}</SubmitButton>
      <p id={errorId} role="alert" className="field-error checkin-message">
        {error}
      </p>
    </form>
  );
}
