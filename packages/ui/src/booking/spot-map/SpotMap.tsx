import { type CSSProperties, type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isGridKey, nextSpotId } from './grid-navigation';
import { SpotButton } from './SpotButton';
import { isSelectable, type Spot, type SpotSelection } from './spot';

interface SpotMapProps extends SpotSelection {
  /** Names the map for assistive tech, e.g. "Denah Lantai 1". */
  label: string;
  rows: number;
  cols: number;
  spots: readonly Spot[];
  /** What the top edge of the map faces: the screen, the driver, the entrance. */
  frontLabel?: string | undefined;
}

/**
 * Spots drawn at their grid positions. One tab stop for the whole map (roving tabindex); the arrow
 * keys move between spots across aisles and walkways, Enter or Space picks one.
 */
export function SpotMap({ label, rows, cols, spots, frontLabel, selected, onToggle }: SpotMapProps) {
  const { t } = useTranslation();
  const helpId = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const placed = spots.filter((spot) => spot.row !== null && spot.col !== null);
  const fallback =
    placed.find((spot) => selected.has(spot.id)) ?? placed.find(isSelectable) ?? placed[0] ?? null;
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = placed.some((spot) => spot.id === activeId) ? activeId : (fallback?.id ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (!active || !isGridKey(event.key)) return;
    event.preventDefault();
    const next = nextSpotId(placed, active, event.key);
    setActiveId(next);
    buttons.current.get(next)?.focus();
  };

  const gridStyle = {
    gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`,
    gridTemplateRows: `repeat(${rows}, auto)`,
  } satisfies CSSProperties;

  return (
    <div className="spot-map-frame">
      {frontLabel ? <p className="spot-map-front">{frontLabel}</p> : null}
      <p id={helpId} className="visually-hidden">
        {t('spot.mapHelp')}
      </p>
      <fieldset aria-describedby={helpId} className="spot-map" style={gridStyle} onKeyDown={onKeyDown}>
        <legend className="visually-hidden">{label}</legend>
        {placed.map((spot) => (
          <SpotButton
            key={spot.id}
            spot={spot}
            variant="tile"
            selected={selected.has(spot.id)}
            onToggle={onToggle}
            tabIndex={spot.id === active ? 0 : -1}
            onFocus={() => setActiveId(spot.id)}
            buttonRef={(element) => {
              if (element) buttons.current.set(spot.id, element);
              else buttons.current.delete(spot.id);
            }}
            style={{ gridRow: (spot.row ?? 0) + 1, gridColumn: (spot.col ?? 0) + 1 }}
          />
        ))}
      </fieldset>
    </div>
  );
}
