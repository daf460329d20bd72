import type { SpotStatus } from './spot';

// A distinct shape per state, so the map reads without colour: ○ free, × taken, ⊘ unavailable,
// clock held by someone, ✓ yours or chosen.
const PATHS: Record<SpotStatus | 'selected', string> = {
  free: 'M12 5a7 7 0 1 0 0 14 7 7 0 0 0 0-14Z',
  busy: 'M6 6l12 12M18 6 6 18',
  unavailable: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16ZM6.3 6.3l11.4 11.4',
  held: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 4v4l3 2',
  mine: 'm5 12 5 5 9-10',
  selected: 'm5 12 5 5 9-10',
};

/** Decorative: the spot's accessible name already says its state in words. */
export function SpotIcon({ state }: { state: SpotStatus | 'selected' }) {
  return (
    <svg
      className="icon spot-icon"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[state]} />
    </svg>
  );
}
