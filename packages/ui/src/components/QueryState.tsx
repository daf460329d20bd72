import { useTranslation } from 'react-i18next';
import { useApiError } from '../api/use-api-error';
import { Icon } from './Icon';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}

/** A failed load: a readable reason and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const view = useApiError()(error);
  return (
    <div role="alert" className="form-alert">
      <p>
        <Icon name="warning" /> {view.message ?? t('errors.generic')}
      </p>
      {onRetry ? (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
