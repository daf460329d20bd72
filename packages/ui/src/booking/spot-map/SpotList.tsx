import { useId } from 'react';
import { SpotButton } from './SpotButton';
import type { Spot, SpotSelection } from './spot';

interface SpotListProps extends SpotSelection {
  label: string;
  spots: readonly Spot[];
}

/** The same spots as a plain list grouped by zone or class: every state in words, Tab to move. */
export function SpotList({ label, spots, selected, onToggle }: SpotListProps) {
  const headingId = useId();
  if (spots.length === 0) return null;
  const groups = new Map<string, Spot[]>();
  for (const spot of spots) {
    const group = spot.group ?? '';
    groups.set(group, [...(groups.get(group) ?? []), spot]);
  }
  return (
    <section className="spot-list" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        {label}
      </h3>
      {[...groups].map(([group, members]) => (
        <div key={group} className="spot-list-group">
          {group ? <h4 className="spot-list-heading">{group}</h4> : null}
          <ul>
            {members.map((spot) => (
              <li key={spot.id}>
                <SpotButton spot={spot} variant="row" selected={selected.has(spot.id)} onToggle={onToggle} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
