import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
      {busy ? t('auth.working') : children}
    </button>
  );
}
