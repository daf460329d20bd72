import { AppShell, Badge, LanguageSwitch, SignOutButton, type User } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Outlet, useOutletContext } from 'react-router';
import { AdminBrand } from './AdminBrand';
import { AdminNav } from './AdminNav';

export function AdminLayout({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <AppShell
      brand={<AdminBrand />}
      nav={<AdminNav role={user.role} />}
      actions={
        <>
          <LanguageSwitch />
          <span className="whoami">
            <span className="whoami-name">{user.name}</span>{' '}
            <Badge tone="info">{t(`role.${user.role}`)}</Badge>
          </span>
          <SignOutButton />
        </>
      }
    >
      <Outlet context={user} />
    </AppShell>
  );
}

/** The signed-in staff member, for screens inside the layout (the gate guarantees one). */
export const useAdminUser = (): User => useOutletContext<User>();
