import { NotFound } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <NotFound
      homeLink={
        <Link to="/" className="btn btn-primary">
          {t('common.backHome')}
        </Link>
      }
    />
  );
}
