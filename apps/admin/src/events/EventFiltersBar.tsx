import { EVENT_STATUSES } from '@reserva/domain';
import { SelectField } from '@reserva/ui';
import { DateRangeFields } from '../components/DateRangeFields';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminVenue } from '../venues/use-admin-venues';
import { VenueSelect } from '../venues/VenueSelect';
import type { EventFilters } from './use-events-list';

interface EventFiltersBarProps {
  venues: readonly AdminVenue[];
  value: EventFilters;
  onChange: (value: EventFilters) => void;
}

export function EventFiltersBar({ venues, value, onChange }: EventFiltersBarProps) {
  const { pt } = usePanelT();
  const set = (patch: Partial<EventFilters>) => onChange({ ...value, ...patch });
  return (
    <search className="filters filters-row" aria-label={pt('events.filters')}>
      <VenueSelect venues={venues} value={value.venueId} onChange={(venueId) => set({ venueId })} />
      <SelectField
        name="status"
        label={pt('events.status')}
        value={value.status}
        onValueChange={(status) => set({ status: status as EventFilters['status'] })}
        options={[
          { value: '', label: pt('events.allStatuses') },
          ...EVENT_STATUSES.map((status) => ({ value: status, label: pt(`events.statuses.${status}`) })),
        ]}
      />
      <DateRangeFields value={value.range} onChange={(range) => set({ range })} />
    </search>
  );
}
