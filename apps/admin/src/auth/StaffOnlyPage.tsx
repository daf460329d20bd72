import { AppShell, LanguageSwitch, Notice, SignOutButton, type User, useDocumentTitle } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { AdminBrand } from '../layout/AdminBrand';

export function StaffOnlyPage({ user }: { user: User }) {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.staffOnlyTitle'));
  return (
    <AppShell brand={<AdminBrand />} actions={<LanguageSwitch />}>
      <Notice
        title={t('admin.staffOnlyTitle')}
        tone="warning"
        actions={
          <>
            <SignOutButton />
            <a href="/" className="btn btn-secondary">
              {t('admin.toCustomerSite')}
            </a>
          </>
        }
      >
        <p>{t('admin.staffOnlyBody')}</p>
        <p>{t('auth.signedInAs', { name: `${user.name} (${user.email})` })}</p>
      </Notice>
    </AppShell>
  );
}
