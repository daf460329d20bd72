import { trpc, useApiError } from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Two steps, because a revoked key cannot be brought back and its apps stop working at once. */
export function RevokeKeyButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const apiError = useApiError();
  const [confirming, setConfirming] = useState(false);
  const revoke = trpc.admin.apiKeys.revoke.useMutation({
    onSuccess: () => utils.admin.apiKeys.list.invalidate(),
  });

  if (!confirming) {
    return (
      <button type="button" className="btn btn-secondary" onClick={() => setConfirming(true)}>
        {t('admin.apiKeys.revoke')}
        <span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  return (
    <div className="row-actions">
      <button
        type="button"
        className="btn btn-danger"
        disabled={revoke.isPending}
        onClick={() => revoke.mutate({ id })}
      >
        {t('admin.apiKeys.revokeConfirm', { name })}
      </button>
      <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
        {t('admin.apiKeys.cancel')}
      </button>
      {revoke.error ? (
        <p role="alert" className="field-error">
          {apiError(revoke.error).message}
        </p>
      ) : null}
    </div>
  );
}
