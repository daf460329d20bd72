import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../api/use-api-error';
import { CopyButton } from './CopyButton';

/**
 * Gets a private iCal link (the server answers its path once: only a hash is kept) and shows it
 * to copy into a calendar app. Asking again replaces the link, so the button says so.
 */
export function CalendarLinkPanel({
  issue,
  pending,
}: {
  issue: () => Promise<{ path: string }>;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const readError = useApiError();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const get = async () => {
    setError(null);
    try {
      const { path } = await issue();
      setUrl(new URL(path, window.location.origin).href);
    } catch (failure) {
      setError(readError(failure).message ?? t('errors.generic'));
    }
  };
  return (
    <section className="card calendar-link" aria-labelledby="calendar-link-title">
      <h2 id="calendar-link-title">{t('calendarLink.title')}</h2>
      <p className="muted">{t('calendarLink.body')}</p>
      {url ? (
        <div className="field">
          <label htmlFor="calendar-link-url" className="field-label">
            {t('calendarLink.label')}
          </label>
          <input id="calendar-link-url" type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
          <CopyButton text={url} />
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="form-alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="btn btn-secondary" disabled={pending} onClick={() => void get()}>
        {url ? t('calendarLink.again') : t('calendarLink.get')}
      </button>
      {url ? <p className="muted">{t('calendarLink.replaces')}</p> : null}
    </section>
  );
}
