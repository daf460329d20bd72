import { CopyButton, Icon } from '@reserva/ui';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedKey } from './ApiKeysPage';

export function NewKeyPanel({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const keyId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The one moment the secret is visible: take the reader there.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="notice notice-warning new-key" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="notice-title">
        {t('admin.apiKeys.newKeyTitle', { name: created.name })}
      </h2>
      <p>
        <strong>
          <Icon name="warning" /> {t('admin.apiKeys.newKeyWarning')}
        </strong>
      </p>
      <div className="field">
        <label htmlFor={keyId} className="field-label">
          {t('admin.apiKeys.keyLabel')}
        </label>
        <input
          id={keyId}
          className="key-value"
          readOnly
          value={created.key}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <div className="notice-actions">
        <CopyButton text={created.key} />
        <button type="button" className="btn btn-primary" onClick={onDone}>
          {t('admin.apiKeys.done')}
        </button>
      </div>
    </section>
  );
}
