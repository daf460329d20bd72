import { type ReactNode, useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';

interface ConfirmStepProps {
  /** The first button's text, e.g. "Delete"; `name` follows it for screen readers. */
  label: string;
  name: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  /** Shown under the buttons once asked (an error, a way out). */
  children?: ReactNode;
}

/** Two steps for what cannot be undone: the button asks, a second one does it. */
export function ConfirmStep({ label, name, confirmLabel, busy, onConfirm, children }: ConfirmStepProps) {
  const { pt } = usePanelT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="btn btn-secondary" onClick={() => setAsking(true)}>
        {label}
        <span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  return (
    <div className="confirm-step">
      <div className="row-actions">
        <button type="button" className="btn btn-danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)}>
          {pt('form.back')}
        </button>
      </div>
      {children}
    </div>
  );
}
