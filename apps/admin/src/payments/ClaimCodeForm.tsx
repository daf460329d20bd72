import { normalizeClaimCode } from '@reserva/domain';
import { type FormEvent, useRef, useState } from 'react';
import { CodeEntryForm } from '../components/CodeEntryForm';
import { usePanelT } from '../i18n/panel-i18n';

/**
 * The claim code the customer reads out or pastes from WhatsApp: any case, with or without the
 * dash or spaces. A code that cannot be one is refused here; an unknown one by the lookup.
 */
export function ClaimCodeForm({ onLookup }: { onLookup: (claimCode: string) => void }) {
  const { pt } = usePanelT();
  const inputRef = useRef<HTMLInputElement>(null);
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
    <CodeEntryForm
      label={pt('payments.claimLabel')}
      hint={pt('payments.claimHint')}
      submitLabel={pt('payments.lookup')}
      code={code}
      onCodeChange={setCode}
      onSubmit={submit}
      inputRef={inputRef}
      busy={false}
      error={error}
    />
  );
}
