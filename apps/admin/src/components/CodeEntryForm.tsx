import { Field, SubmitButton } from '@reserva/ui';
import { type FormEvent, type RefObject, useId } from 'react';

interface CodeEntryFormProps {
  label: string;
  hint: string;
  submitLabel: string;
  code: string;
  onCodeChange: (code: string) => void;
  onSubmit: (event: FormEvent) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  busy: boolean;
  error: string | undefined;
  /** A success line, announced politely; omit where the result shows elsewhere. */
  status?: string;
}

/**
 * One field for a code typed, pasted or scanned (scanners type it and press Enter): booking codes
 * at check-in, claim codes at the payments desk. The error lives in an always-present alert, so it
 * is announced as it appears.
 */
export function CodeEntryForm(props: CodeEntryFormProps) {
  const errorId = useId();
  const { error } = props;
  return (
    <form className="card checkin" noValidate onSubmit={props.onSubmit}>
      <Field label={props.label} hint={props.hint}>
        {(control) => (
          <input
            {...control}
            aria-invalid={Boolean(error)}
            aria-describedby={[control['aria-describedby'], error ? errorId : null].filter(Boolean).join(' ')}
            ref={props.inputRef}
            className="checkin-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={props.code}
            onChange={(event) => props.onCodeChange(event.target.value)}
          />
        )}
      </Field>
      <SubmitButton busy={props.busy}>{props.submitLabel}</SubmitButton>
      <p id={errorId} role="alert" className="field-error checkin-message">
        {error}
      </p>
      {props.status === undefined ? null : (
        <p role="status" className="status-line checkin-message">
          {props.status}
        </p>
      )}
    </form>
  );
}
