import { Loading, QueryError, type RouterOutputs, trpc, useDocumentTitle } from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateKeyForm } from './CreateKeyForm';
import { KeysTable } from './KeysTable';
import { NewKeyPanel } from './NewKeyPanel';

export type CreatedKey = RouterOutputs['admin']['apiKeys']['create'];

export function ApiKeysPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.apiKeys.title'));
  const keys = trpc.admin.apiKeys.list.useQuery();
  // The secret lives only in this state: it is gone after "done" or leaving the page, as promised.
  const [created, setCreated] = useState<CreatedKey | null>(null);

  return (
    <>
      <h1>{t('admin.apiKeys.title')}</h1>
      <p className="muted">{t('admin.apiKeys.intro')}</p>
      {created ? <NewKeyPanel created={created} onDone={() => setCreated(null)} /> : null}
      <CreateKeyForm onCreated={setCreated} />
      {keys.isPending ? (
        <Loading />
      ) : keys.isError ? (
        <QueryError error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <p className="muted">{t('admin.apiKeys.empty')}</p>
      ) : (
        <KeysTable keys={keys.data} />
      )}
    </>
  );
}
