import { BOOKING_STATUSES } from '@reserva/domain';
import { Field } from '@reserva/ui';
import { DateRangeFields } from '../components/DateRangeFields';
import { usePanelT } from '../i18n/panel-i18n';
import type { LocalRange } from '../time/local-range';
import type { VenueSummary } from '../venues/use-venues';
import { VenueSelect } from '../venues/VenueSelect';
import type { StatusFilter } from './use-desk-list';

export interface DeskFilterValues {
  venueId: string;
  status: StatusFilter;
  range: LocalRange;
  /** As typed; the list debounces it. */
  query: string;
}

interface DeskFiltersBarProps {
  venues: readonly VenueSummary[];
  value: DeskFilterValues;
  onChange: (value: DeskFilterValues) => void;
}

export function DeskFiltersBar({ venues, value, onChange }: DeskFiltersBarProps) {
  const { t, pt } = usePanelT();
  const set = (patch: Partial<DeskFilterValues>) => onChange({ ...value, ...patch });
  return (
    <search className="filters filters-row desk-filters" aria-label={pt('desk.filters')}>
      <Field label={pt('desk.search')}>
        {(control) => (
          <input
            {...control}
            type="search"
            maxLength={100}
            value={value.query}
            onChange={(event) => set({ query: event.target.value })}
          />
        )}
      </Field>
      <VenueSelect venues={venues} value={value.venueId} onChange={(venueId) => set({ venueId })} />
      <Field label={pt('desk.status')}>
        {(control) => (
          <select
            {...control}
            value={value.status}
            onChange={(event) => set({ status: event.target.value as StatusFilter })}
          >
            <option value="">{pt('desk.allStatuses')}</option>
            <option value="active">{pt('desk.activeStatuses')}</option>
            {BOOKING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DateRangeFields value={value.range} onChange={(range) => set({ range })} />
    </search>
  );
}
