import type { ButtonHTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SpotIcon } from './SpotIcon';
import { isSelectable, type Spot } from './spot';

interface SpotButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onToggle'> {
  spot: Spot;
  selected: boolean;
  onToggle: (spot: Spot) => void;
  /** `tile` on the map (label and icon), `row` in the list (everything in words). */
  variant: 'tile' | 'row';
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * One spot as a toggle button. Taken spots stay focusable (aria-disabled, not disabled) so keyboard
 * and screen-reader users can still hear what is there while moving around the map.
 */
export function SpotButton({ spot, selected, onToggle, variant, buttonRef, ...rest }: SpotButtonProps) {
  const { t } = useTranslation();
  const selectable = isSelectable(spot);
  const activate = () => {
    if (selectable) onToggle(spot);
  };
  const state = selected ? 'selected' : spot.status;
  const statusWord = selected ? t('spot.chosen') : t(`spot.status.${spot.status}`);
  // The name comes from the text (label, details, state) so what is seen is what is heard; on the
  // map the details are for screen readers only. Hidden commas end each part: Chromium reads the
  // parts as blocks, so a comma at the start of the next one would be heard as "D1 , Window".
  const end = (text: string) => <span className="visually-hidden">{text}</span>;
  return (
    <button
      {...rest}
      ref={buttonRef}
      type="button"
      className={`spot spot-${variant} spot-${spot.status}${selected ? ' spot-selected' : ''}`}
      aria-pressed={selectable ? selected : undefined}
      aria-disabled={selectable ? undefined : true}
      onClick={activate}
    >
      <SpotIcon state={state} />
      {variant === 'row' ? (
        <>
          <span className="spot-label">
            {spot.label}
            {end(',')}
          </span>
          {spot.detail ? (
            <span className="spot-detail">
              {spot.detail}
              {end(',')}
            </span>
          ) : null}
        </>
      ) : (
        <span className="spot-label">
          {spot.tag ? (
            <span className="spot-tag" aria-hidden="true">
              {spot.tag}
            </span>
          ) : null}
          {spot.label}
          {end(spot.detail ? `, ${spot.detail},` : ',')}
        </span>
      )}
      <span className={variant === 'row' ? 'spot-status' : 'spot-status spot-status-short'}>
        {statusWord}
      </span>
    </button>
  );
}
