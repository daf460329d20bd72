import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function AdminBrand() {
  const { t } = useTranslation();
  return <Link to="/">{t('admin.title')}</Link>;
}
