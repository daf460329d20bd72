import { hasRole, type Role } from '@reserva/domain';
import { Notice } from '@reserva/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminUser } from '../layout/AdminLayout';

/** Screens above the user's role are not mounted at all, so their queries are never sent. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useAdminUser();
  if (hasRole(user.role, role)) return children;
  return (
    <Notice title={t('admin.forbiddenTitle')} tone="danger">
      <p>{t('admin.forbiddenBody')}</p>
    </Notice>
  );
}
