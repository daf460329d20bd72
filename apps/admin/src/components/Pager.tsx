import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  return (
    <nav className="pager" aria-label={t('admin.people.page', { page: page + 1, pages })}>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {t('common.previous')}
      </button>
      <span>{t('admin.people.page', { page: page + 1, pages })}</span>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}
