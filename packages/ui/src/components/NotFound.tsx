import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title';
import { Notice } from './Notice';

/** `homeLink` comes from the app, which knows its router and base path. */
export function NotFound({ homeLink }: { homeLink: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFoundTitle'));
  return (
    <Notice title={t('common.notFoundTitle')} tone="warning" actions={homeLink}>
      <p>{t('common.notFoundBody')}</p>
    </Notice>
  );
}
