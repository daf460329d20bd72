import { FormAlert } from '@reserva/ui';
import { useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import { AssignPicker } from './AssignPicker';
import { legalActions, PLACE_KIND, type StatusAction } from './booking-actions';
import { CancelForm } from './CancelForm';
import { type BookingDetail, useBookingAction } from './use-booking-action';
import { useDeskError } from './use-desk-error';

type OneClick = Exclude<StatusAction, 'cancel'>;
const ONE_CLICK: readonly OneClick[] = ['confirm', 'checkIn', 'complete', 'noShow'];

/** Only what the booking's state allows; the rest is not shown at all. */
export function BookingActions({ booking }: { booking: BookingDetail }) {
  const { t, pt } = usePanelT();
  const deskError = useDeskError();
  const change = useBookingAction();
  const [cancelling, setCancelling] = useState(false);
  const [done, setDone] = useState('');
  const actions = legalActions(booking);
  const oneClick = ONE_CLICK.filter((action) => actions.includes(action));
  const placeKind = PLACE_KIND[booking.venue.kind];
  const announce = (detail: BookingDetail) =>
    setDone(pt('actions.done', { status: t(`status.${detail.status}`) }));
  // A hotel guest leaving is a check-out; elsewhere the visit is complete.
  const labelOf = (action: OneClick) =>
    action === 'complete' && booking.venue.kind === 'hotel'
      ? pt('actions.checkOut')
      : pt(`actions.${action}`);

  return (
    <section className="drawer-section" aria-label={pt('actions.label')}>
      {actions.length === 0 ? <p className="muted">{pt('actions.none')}</p> : null}
      <div className="row-actions">
        {oneClick.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'noShow' ? 'btn btn-secondary' : 'btn btn-primary'}
            disabled={change.isPending}
            onClick={() => {
              setDone('');
              change.mutate({ action, id: booking.id }, { onSuccess: announce });
            }}
          >
            {labelOf(action)}
          </button>
        ))}
        {actions.includes('cancel') && !cancelling ? (
          <button type="button" className="btn btn-secondary" onClick={() => setCancelling(true)}>
            {pt('actions.cancel')}
          </button>
        ) : null}
      </div>
      <FormAlert message={change.error ? (deskError(change.error).message ?? t('errors.generic')) : null} />
      <p role="status" className="status-line">
        {done}
      </p>
      {cancelling && actions.includes('cancel') ? (
        <CancelForm
          booking={booking}
          onBack={() => setCancelling(false)}
          onDone={(detail) => {
            setCancelling(false);
            announce(detail);
          }}
        />
      ) : null}
      {actions.includes('assign') && placeKind ? <AssignPicker booking={booking} kind={placeKind} /> : null}
    </section>
  );
}
