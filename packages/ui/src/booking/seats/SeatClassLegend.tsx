import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../format/money';

interface SeatClassLegendProps {
  classes: readonly { name: string; priceMinor: number }[];
  currency: string;
  tags: ReadonlyMap<string, string | undefined>;
}

/** Each seat class with this event's price and the mark its seats carry on the map. */
export function SeatClassLegend({ classes, currency, tags }: SeatClassLegendProps) {
  const { t } = useTranslation();
  if (classes.length === 0) return null;
  return (
    <ul className="seat-classes" aria-label={t('seatMap.classes')}>
      {classes.map((seatClass) => {
        const tag = tags.get(seatClass.name);
        return (
          <li key={seatClass.name} className="seat-class">
            <span className="seat-class-mark" aria-hidden="true">
              {tag ?? ''}
            </span>
            <span>
              <strong>{seatClass.name}</strong> · {formatMoney(seatClass.priceMinor, currency)}
              {tag ? null : <span className="visually-hidden">{`, ${t('seatMap.unmarked')}`}</span>}
              {tag ? (
                <span className="visually-hidden">{`, ${t('seatMap.markedWith', { tag })}`}</span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
