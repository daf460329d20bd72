import { BookingFacts, BookingHistory, Loading, QueryError, trpc, whatsappUrl } from '@reserva/ui';
import { useEffect, useId, useRef } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import { BookingActions } from './BookingActions';
import { BookingMoney } from './money/BookingMoney';
import { DESK_LIVE } from './use-desk-list';

/**
 * The booking's detail in a modal <dialog> at the side: the browser traps focus, closes on Escape
 * and returns focus to the row's button. Facts and history are the shared pieces the customer's
 * booking page shows too, so guest and desk always read the same thing.
 */
export function BookingDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, pt } = usePanelT();
  const headingId = useId();
  const historyId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const detail = trpc.bookings.get.useQuery({ id }, DESK_LIVE);
  const booking = detail.data;
  const wa = whatsappUrl(booking?.contact.phone);

  // No close() on unmount: removing the element ends the modal, and a close event queued by React's
  // strict-mode remount would shut the drawer that was just opened.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="drawer" aria-labelledby={headingId} onClose={onClose}>
      <header className="drawer-header">
        <h2 id={headingId}>{pt('detail.title', { code: booking?.code ?? '…' })}</h2>
        {wa ? (
          <a href={wa} target="_blank" rel="noreferrer" className="btn btn-secondary">
            {t('web.chatOnWhatsapp')}
          </a>
        ) : null}
        <button
          type="button"
          className="btn btn-secondary drawer-close"
          onClick={() => dialogRef.current?.close()}
        >
          {pt('detail.close')}
        </button>
      </header>
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <>
          <BookingActions booking={detail.data} />
          <BookingFacts booking={detail.data} />
          {detail.data.notes ? (
            <p>
              <strong>{pt('detail.notes')}:</strong> {detail.data.notes}
            </p>
          ) : null}
          <BookingMoney booking={detail.data} />
          <section className="drawer-section" aria-labelledby={historyId}>
            <h3 id={historyId}>{pt('detail.history')}</h3>
            <BookingHistory booking={detail.data} />
          </section>
        </>
      )}
    </dialog>
  );
}
