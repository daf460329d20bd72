import { formatDateTime, Loading, QueryError, type RouterOutputs, trpc, useDocumentTitle } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

type Entry = RouterOutputs['admin']['audit']['list']['items'][number];

const json = (value: unknown) => (value === null ? '—' : JSON.stringify(value, null, 2));

/** What admins did, newest first: who, which action, on what, and the row before and after. */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.audit.title'));
  const log = trpc.admin.audit.list.useInfiniteQuery(
    { limit: 50 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  if (log.isPending) return <Loading />;
  if (log.isError) return <QueryError error={log.error} onRetry={() => void log.refetch()} />;
  const entries = log.data.pages.flatMap((page) => page.items);
  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p>{t('admin.audit.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('admin.audit.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('admin.audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.when')}</th>
                <th scope="col">{t('admin.audit.who')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage ? (
        <button
          type="button"
          className="btn btn-secondary"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {t('admin.audit.more')}
        </button>
      ) : null}
    </>
  );
}

function AuditRow({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  return (
    <tr>
      <td>{formatDateTime(entry.at)}</td>
      <td>{entry.actorLabel}</td>
      <th scope="row">
        <code>{entry.action}</code>
      </th>
      <td>
        <details>
          <summary>
            {entry.targetKind ?? '—'} <code>{entry.targetId ?? ''}</code>
          </summary>
          <p>{t('admin.audit.before')}</p>
          <pre>{json(entry.before)}</pre>
          <p>{t('admin.audit.after')}</p>
          <pre>{json(entry.after)}</pre>
        </details>
      </td>
    </tr>
  );
}
