import type { ResourceKind } from '@reserva/domain';
import { Field, FormAlert, Loading } from '@reserva/ui';
import { type FormEvent, useState } from 'react';
import { usePanelT } from '../i18n/panel-i18n';
import { useAssignCandidates } from './use-assign-candidates';
import { type BookingDetail, useBookingAction } from './use-booking-action';
import { useDeskError } from './use-desk-error';

/** Assign a table, desk or room, or move the booking to another one. */
export function AssignPicker({ booking, kind }: { booking: BookingDetail; kind: ResourceKind }) {
  const { pt } = usePanelT();
  const deskError = useDeskError();
  const assign = useBookingAction();
  const { candidates, isPending } = useAssignCandidates(booking);
  const [resourceId, setResourceId] = useState('');
  const [done, setDone] = useState('');
  const view = assign.error ? deskError(assign.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    assign.mutate(
      { action: 'assign', id: booking.id, resourceId },
      {
        onSuccess: (detail) => {
          setResourceId('');
          setDone(pt('assign.done', { label: detail.items.map((item) => item.label).join(', ') }));
        },
      },
    );
  };

  if (isPending) return <Loading />;
  return (
    <form className="assign" onSubmit={submit} aria-label={pt('assign.title')}>
      <Field label={`${pt('assign.title')}: ${pt(`place.${kind}`)}`} error={view?.fields.resourceId}>
        {(control) => (
          <select {...control} value={resourceId} onChange={(event) => setResourceId(event.target.value)}>
            <option value="">{candidates.length > 0 ? pt('assign.choose') : pt('assign.none')}</option>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id} disabled={candidate.current || candidate.busy}>
                {[candidate.label, candidate.area].filter(Boolean).join(' · ')}
                {candidate.current
                  ? ` (${pt('assign.current')})`
                  : candidate.busy
                    ? ` (${pt('assign.busy')})`
                    : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="btn btn-secondary" disabled={!resourceId || assign.isPending}>
        {pt('assign.submit')}
      </button>
      <FormAlert
        message={
          view && !view.fields.resourceId ? (view.message ?? Object.values(view.fields)[0] ?? null) : null
        }
      />
      <p role="status" className="status-line">
        {done}
      </p>
    </form>
  );
}
