import { SignInForm, useDocumentTitle, useMe } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signIn'));
  const me = useMe();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  // Signing in fills the session query, which lands here and sends the user on.
  if (me.data) return <Navigate to={from} replace />;
  return (
    <SignInForm
      title={t('auth.signInTitle')}
      footer={
        <>
          {t('auth.noAccount')} <Link to="/register">{t('auth.register')}</Link>
        </>
      }
    />
  );
}
