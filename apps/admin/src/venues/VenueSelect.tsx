import { Field } from '@reserva/ui';
import { usePanelT } from '../i18n/panel-i18n';
import type { VenueSummary } from './use-venues';

interface VenueSelectProps {
  venues: readonly VenueSummary[];
  value: string;
  onChange: (venueId: string) => void;
}

/** One venue or all of them ('' means all). */
export function VenueSelect({ venues, value, onChange }: VenueSelectProps) {
  const { t, pt } = usePanelT();
  return (
    <Field label={pt('venue.label')}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{pt('venue.all')}</option>
          {venues.map((venue) => (
            <option key={venue.id} value={venue.id}>
              {venue.name} · {t(`venueKind.${venue.kind}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
