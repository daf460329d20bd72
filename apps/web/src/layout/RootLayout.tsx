import { AppShell } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { HeaderActions } from './HeaderActions';

export function RootLayout() {
  const { t } = useTranslation();
  return (
    <AppShell brand={<Link to="/">{t('common.appName')}</Link>} actions={<HeaderActions />}>
      <Outlet />
    </AppShell>
  );
}
