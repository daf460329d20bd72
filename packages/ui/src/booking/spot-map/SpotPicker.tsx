import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpotLegend } from './SpotLegend';
import { SpotList } from './SpotList';
import { SpotMap } from './SpotMap';
import type { Spot, SpotSelection, SpotStatus } from './spot';

export interface SpotLayout {
  id: string;
  name: string;
  rows: number;
  cols: number;
  frontLabel?: string | undefined;
  spots: readonly Spot[];
}

interface SpotPickerProps extends SpotSelection {
  layouts: readonly SpotLayout[];
  /** The states this kind of venue uses, for the legend. */
  statuses: readonly SpotStatus[];
}

type View = 'map' | 'list';

/**
 * A map per layout (floor, hall, bus) with a switch to a list view that reads well with a screen
 * reader or a small screen. Selection lives with the caller, so a hold (cinema, bus) can wrap it.
 */
export function SpotPicker({ layouts, statuses, selected, onToggle }: SpotPickerProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('map');
  return (
    <div className="spot-picker">
      <div className="spot-picker-bar">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('spot.view')}</legend>
          {(['map', 'list'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="segmented-option"
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {t(`spot.${option}View`)}
            </button>
          ))}
        </fieldset>
        {view === 'map' ? <SpotLegend statuses={statuses} /> : null}
      </div>
      {layouts.map((layout) => (
        <div key={layout.id} className="spot-layout">
          {layouts.length > 1 ? <h3 className="spot-layout-name">{layout.name}</h3> : null}
          {view === 'map' ? (
            <>
              <SpotMap
                label={t('spot.mapOf', { name: layout.name })}
                rows={layout.rows}
                cols={layout.cols}
                frontLabel={layout.frontLabel}
                spots={layout.spots}
                selected={selected}
                onToggle={onToggle}
              />
              {/* Spots without a map position still have to be reachable. */}
              <SpotList
                label={t('spot.unplaced')}
                spots={layout.spots.filter((spot) => spot.row === null || spot.col === null)}
                selected={selected}
                onToggle={onToggle}
              />
            </>
          ) : (
            <SpotList
              label={t('spot.listOf', { name: layout.name })}
              spots={layout.spots}
              selected={selected}
              onToggle={onToggle}
            />
          )}
        </div>
      ))}
    </div>
  );
}
