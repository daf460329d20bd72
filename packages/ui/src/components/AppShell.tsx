import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AppShellProps {
  brand: ReactNode;
  actions?: ReactNode;
  /** Section navigation: a row on phones, a sidebar on wide screens. */
  nav?: ReactNode;
  children: ReactNode;
}

export function AppShell({ brand, actions, nav, children }: AppShellProps) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-bar">
          <div className="shell-brand">{brand}</div>
          <div className="shell-actions">{actions}</div>
        </div>
      </header>
      <div className={nav ? 'shell-body shell-body-with-nav' : 'shell-body'}>
        {nav ? <div className="shell-nav">{nav}</div> : null}
        <main id="main" className="shell-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
