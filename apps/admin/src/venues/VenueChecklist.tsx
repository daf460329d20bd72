import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminVenueNames } from './use-venue-names';

/** A checkbox per venue; `selected` is the chosen venue ids. */
export function VenueChecklist({
  legend,
  hint,
  selected,
  onChange,
}: {
  legend: string;
  hint?: string;
  selected: readonly string[];
  onChange: (venueIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const venues = useAdminVenueNames();
  return (
    <fieldset className="venue-checklist" aria-describedby={hint ? hintId : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {venues.list.length === 0 ? <p>{t('admin.venueScope.noVenues')}</p> : null}
      {venues.list.map((venue) => (
        <div key={venue.id} className="field-check">
          <label>
            <input
              type="checkbox"
              checked={selected.includes(venue.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...selected, venue.id] : selected.filter((id) => id !== venue.id),
                )
              }
            />{' '}
            {venue.name}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
