import { Notice, useDocumentTitle } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import type { SectionKey } from '../layout/sections';

/** A section whose screens arrive in a later issue. */
export function PlaceholderPage({ section }: { section: SectionKey }) {
  const { t } = useTranslation();
  const title = t(`admin.nav.${section}`);
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <Notice title={t('common.comingSoon')} level={2}>
        <p>{t('admin.placeholderBody')}</p>
      </Notice>
    </>
  );
}
