import { hasRole } from '@reserva/domain';
import { AppShell, LanguageSwitch, Loading, QueryError, useMe } from '@reserva/ui';
import { SignInScreen } from '../auth/SignInScreen';
import { StaffOnlyPage } from '../auth/StaffOnlyPage';
import { AdminBrand } from './AdminBrand';
import { AdminLayout } from './AdminLayout';

/**
 * Decides what a visitor may see before any admin screen mounts: no admin query is ever sent
 * for someone signed out or for a customer.
 */
export function AdminGate() {
  const me = useMe();
  if (me.isPending || me.isError) {
    return (
      <AppShell brand={<AdminBrand />} actions={<LanguageSwitch />}>
        {me.isError ? <QueryError error={me.error} onRetry={() => void me.refetch()} /> : <Loading />}
      </AppShell>
    );
  }
  if (!me.data) return <SignInScreen />;
  if (!hasRole(me.data.role, 'staff')) return <StaffOnlyPage user={me.data} />;
  return <AdminLayout user={me.data} />;
}
