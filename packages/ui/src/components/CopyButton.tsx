import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin); say so instead of failing silently.
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
        {label ?? t('common.copy')}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? (
          <>
            <Icon name="check" /> {t('common.copied')}
          </>
        ) : state === 'failed' ? (
          t('common.copyFailed')
        ) : null}
      </span>
    </span>
  );
}
