import type { BookingStatus } from '@reserva/domain';
import { BookingCode, Loading, QueryError, useSecondsLeft } from '@reserva/ui';
import { useEffect, useId, useRef } from 'react';
import type { Problem } from '../components/checks';

import { usePanelT } from '../i18n/panel-i18n';
import { type ClaimedHoldView, HoldFacts } from './HoldFacts';
import { paymentProblem } from './payment-errors';
import { useClaim } from './use-claim';

/** The hold found by a claim code, the one button that confirms its payment, and the code it issues. */
export function ClaimedHold({ claimCode }: { claimCode: string }) {
  const { pt, t } = usePanelT();
  const headingId = useId();
  const { lookup, confirm } = useClaim(claimCode);
  // A hold's state is named in the reader's words, as the badges name it.
  const say = (problem: Problem) => {
    const status = problem.values?.status as BookingStatus | undefined;
    return pt(problem.key, { ...problem.values, ...(status ? { status: t(`status.${status}`) } : {}) });
  };

  if (lookup.isPending) return <Loading />;
  if (lookup.isError) {
    const problem = paymentProblem(lookup.error, claimCode);
    return problem ? (
      <p role="alert" className="form-alert">
        {say(problem)}
      </p>
    ) : (
      <QueryError error={lookup.error} onRetry={() => void lookup.refetch()} />
    );
  }
  const hold = lookup.data;
  const bookingCode = confirm.data?.code ?? hold.bookingCode;
  const confirmProblem = confirm.error ? paymentProblem(confirm.error, claimCode) : null;

  return (
    <section className="card hold-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{pt('payments.holdTitle', { code: hold.claimCode ?? claimCode })}</h2>
      <HoldFacts hold={hold} live={hold.status === 'HELD' && !hold.expired} />
      {bookingCode ? (
        <IssuedCode code={bookingCode} name={hold.contact?.name ?? ''} />
      ) : hold.status === 'HELD' && !hold.expired ? (
        <ConfirmPayment
          hold={hold}
          busy={confirm.isPending}
          onConfirm={() => confirm.mutate({ claimCode })}
        />
      ) : (
        <p className="form-alert">
          {hold.expired
            ? pt('payments.expired')
            : say({ key: 'payments.notPayable', values: { status: hold.status } })}
        </p>
      )}
      {confirm.error ? (
        <p role="alert" className="form-alert">
          {confirmProblem ? say(confirmProblem) : confirm.error.message}
        </p>
      ) : null}
    </section>
  );
}

function ConfirmPayment({
  hold,
  busy,
  onConfirm,
}: {
  hold: ClaimedHoldView;
  busy: boolean;
  onConfirm: () => void;
}) {
  const { pt } = usePanelT();
  const ranOut = useSecondsLeft(hold.expiresAt) === 0;
  if (ranOut) return <p className="form-alert">{pt('payments.expired')}</p>;
  return (
    <div className="row-actions">
      <button type="button" className="btn btn-primary" disabled={busy} aria-busy={busy} onClick={onConfirm}>
        {pt('payments.confirm')}
      </button>
      <p className="field-hint">{pt('payments.confirmHint')}</p>
    </div>
  );
}

/** The booking code, big and copyable; focus goes there so the one thing to read out is announced. */
function IssuedCode({ code, name }: { code: string; name: string }) {
  const { pt } = usePanelT();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="issued-code">
      <p ref={ref} tabIndex={-1} role="status" className="status-line">
        {pt('payments.confirmed', { name })}
      </p>
      <BookingCode code={code} />
    </div>
  );
}
