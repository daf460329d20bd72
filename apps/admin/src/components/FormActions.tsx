import { SubmitButton } from '@reserva/ui';
import type { ReactNode } from 'react';
import { usePanelT } from '../i18n/panel-i18n';

interface FormActionsProps {
  busy: boolean;
  submitLabel: string;
  onCancel?: (() => void) | undefined;
  /** What the last save did, announced politely (e.g. "Saved."). */
  status?: string;
  children?: ReactNode;
}

/** Save, optionally cancel, and the line that says the save went through. */
export function FormActions({ busy, submitLabel, onCancel, status, children }: FormActionsProps) {
  const { pt } = usePanelT();
  return (
    <div className="form-actions">
      <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
      {onCancel ? (
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {pt('form.cancel')}
        </button>
      ) : null}
      {children}
      <p role="status" className="status-line form-status">
        {status}
      </p>
    </div>
  );
}
