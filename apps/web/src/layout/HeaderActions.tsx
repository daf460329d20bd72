import { hasRole } from '@reserva/domain';
import { LanguageSwitch, SignOutButton, useMe } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';

export function HeaderActions() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const user = me.data;
  return (
    <>
      <LanguageSwitch />
      {/* Nothing until we know who is here, so the buttons do not flicker on load. */}
      {me.isPending ? null : user ? (
        <>
          {/* NavLink marks it aria-current on the page itself. */}
          <NavLink to="/my-bookings" className="btn btn-secondary">
            {t('myBookings.title')}
          </NavLink>
          <span className="whoami">{t('auth.signedInAs', { name: user.name })}</span>
          {hasRole(user.role, 'staff') ? (
            // The admin SPA is a separate app on the same origin, so a plain link, not a router Link.
            <a href="/admin/">{t('web.staffArea')}</a>
          ) : null}
          <SignOutButton onSignedOut={() => navigate('/')} />
        </>
      ) : (
        <>
          <Link to="/signin" className="btn btn-secondary">
            {t('auth.signIn')}
          </Link>
          <Link to="/register" className="btn btn-primary">
            {t('auth.register')}
          </Link>
        </>
      )}
    </>
  );
}
