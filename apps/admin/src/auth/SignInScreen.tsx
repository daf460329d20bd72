import { AppShell, LanguageSwitch, SignInForm, useDocumentTitle } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { AdminBrand } from '../layout/AdminBrand';

/** Shown at any admin address while signed out; the address is kept, so sign-in lands there. */
export function SignInScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.signInTitle'));
  return (
    <AppShell brand={<AdminBrand />} actions={<LanguageSwitch />}>
      <SignInForm title={t('admin.signInTitle')} footer={<a href="/">{t('admin.toCustomerSite')}</a>} />
    </AppShell>
  );
}
