import { hasRole, type Role } from '@reserva/domain';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SECTIONS } from './sections';

export function AdminNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.nav.label')} className="admin-nav">
      <ul>
        {SECTIONS.filter((section) => hasRole(role, section.minRole)).map((section) => (
          <li key={section.key}>
            {/* NavLink marks the current page with aria-current, which the CSS also styles. */}
            <NavLink to={`/${section.path}`} end={section.path === ''}>
              {t(`admin.nav.${section.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
