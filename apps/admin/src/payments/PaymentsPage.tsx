import { useDocumentTitle } from '@reserva/ui';
import { useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import { ClaimCodeForm } from './ClaimCodeForm';
import { ClaimedHold } from './ClaimedHold';
import { OpenHolds } from './OpenHolds';

/** Offline payments: a customer paid at the counter or by transfer and gives the claim code. */
export function PaymentsPage() {
  const { t, pt } = usePanelT();
  useDocumentTitle(t('admin.nav.payments'));
  // Looking the same code up again (after a refusal) remounts the hold, so it is fetched afresh.
  const [lookup, setLookup] = useState<{ code: string; at: number } | null>(null);
  return (
    <>
      <h1>{t('admin.nav.payments')}</h1>
      <p className="muted">{pt('payments.intro')}</p>
      <ClaimCodeForm onLookup={(code) => setLookup({ code, at: Date.now() })} />
      {lookup ? <ClaimedHold key={`${lookup.code}@${lookup.at}`} claimCode={lookup.code} /> : null}
      <OpenHolds />
    </>
  );
}
