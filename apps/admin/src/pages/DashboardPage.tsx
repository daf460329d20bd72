import { hasRole } from '@reserva/domain';
import { Notice, useDocumentTitle } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminUser } from '../layout/AdminLayout';
import { SECTIONS } from '../layout/sections';

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useAdminUser();
  useDocumentTitle(t('admin.nav.dashboard'));
  const shortcuts = SECTIONS.filter((section) => section.path !== '' && hasRole(user.role, section.minRole));
  return (
    <>
      <h1>{t('admin.welcome', { name: user.name })}</h1>
      <Notice title={t('common.comingSoon')} level={2}>
        <p>{t('admin.dashboardBody')}</p>
      </Notice>
      <ul className="shortcuts">
        {shortcuts.map((section) => (
          <li key={section.key}>
            <Link to={`/${section.path}`} className="card shortcut">
              {t(`admin.nav.${section.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
